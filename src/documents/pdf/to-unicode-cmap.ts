// The ToUnicode CMap of an Identity-H font: each CID (two bytes) to the UTF-16BE text it shows,
// in bfchar blocks of at most 100 entries as the CMap format requires.

export function toUnicodeCmap(unicodeOfCid: readonly string[]): string {
  const entries: string[] = [];
  unicodeOfCid.forEach((text, cid) => {
    if (text !== '') entries.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
}

function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += hex4(text.charCodeAt(i));
  return hex;
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}
