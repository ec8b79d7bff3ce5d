// Small word lists that make the synthetic demo data look Swedish. Every combination is
// made up; any likeness to a real person or place-and-person is a coincidence.

export const MALE_NAMES = [
  'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Jan', 'Hans', 'Lennart',
  'Olof', 'Peter', 'Gunnar', 'Sven', 'Fredrik', 'Bengt', 'Daniel', 'Alexander', 'Oskar', 'Gustav',
  'Magnus', 'Stefan', 'Mattias', 'Henrik', 'Axel', 'Elias', 'William', 'Hugo', 'Liam', 'Noah',
  'Lucas', 'Adam', 'Ali', 'Omar', 'Arvid', 'Viktor', 'Emil', 'Filip', 'Isak',
] as const;

export const FEMALE_NAMES = [
  'Anna', 'Maria', 'Margareta', 'Elisabeth', 'Eva', 'Kristina', 'Birgitta', 'Karin', 'Marie',
  'Ingrid', 'Christina', 'Sara', 'Emma', 'Lena', 'Kerstin', 'Linnea', 'Sofia', 'Ida', 'Elin',
  'Johanna', 'Malin', 'Hanna', 'Julia', 'Alice', 'Maja', 'Ella', 'Wilma', 'Ebba', 'Astrid',
  'Saga', 'Freja', 'Vera', 'Alva', 'Nora', 'Leila', 'Amina', 'Fatima', 'Agnes', 'Signe', 'Tove',
] as const;

export const FAMILY_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson',
  'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren',
  'Axelsson', 'Berg', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson',
  'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin',
  'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson',
  'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg',
  'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Yilmaz', 'Mohammed',
] as const;

export const STREETS = [
  'Storgatan', 'Drottninggatan', 'Kungsgatan', 'Skolgatan', 'Järnvägsgatan', 'Nygatan',
  'Kyrkogatan', 'Parkvägen', 'Björkvägen', 'Ängsvägen', 'Tallvägen', 'Ekvägen', 'Lärkvägen',
  'Hantverkargatan', 'Trädgårdsgatan', 'Södra vägen', 'Norra vägen', 'Sjövägen', 'Skogsvägen',
  'Bäckvägen', 'Rönnvägen', 'Granvägen', 'Solvägen', 'Bergsgatan', 'Prästgårdsvägen',
  'Lingonstigen', 'Blåbärsvägen', 'Vasagatan', 'Fabriksgatan', 'Idrottsvägen',
] as const;

/** [city, first three digits of its postal codes] */
export const CITIES: readonly (readonly [string, string])[] = [
  ['Stockholm', '113'], ['Göteborg', '413'], ['Malmö', '214'], ['Uppsala', '753'],
  ['Västerås', '722'], ['Örebro', '702'], ['Linköping', '582'], ['Helsingborg', '252'],
  ['Jönköping', '553'], ['Norrköping', '602'], ['Lund', '222'], ['Umeå', '903'],
  ['Gävle', '803'], ['Borås', '503'], ['Södertälje', '151'], ['Eskilstuna', '632'],
  ['Halmstad', '302'], ['Växjö', '352'], ['Karlstad', '652'], ['Sundsvall', '852'],
  ['Luleå', '972'], ['Östersund', '831'], ['Trollhättan', '461'], ['Kalmar', '392'],
  ['Falun', '791'], ['Skövde', '541'], ['Kiruna', '981'], ['Visby', '621'],
];

export const EMPLOYERS = [
  'Region Stockholm', 'Göteborgs Stad', 'Norrlandsbygg AB', 'Svensk Logistik AB', 'Malmö Stad',
  'Verkstadsgruppen i Mälardalen AB', 'Café Kanelbullen HB', 'Skogsmaskiner Nord AB',
  'Vårdbolaget Omsorg AB', 'Butikskedjan Lilla Hörnet AB', 'Uppsala kommun', 'IT-konsulterna Syd AB',
  'Transport och Åkeri i Väst AB', 'Förskolan Solstrålen', 'Hotell Fjällsikten AB',
] as const;

export const CARE_UNITS = [
  'Vårdcentralen Centrum', 'Vårdcentralen Eriksberg', 'Närhälsan Söder', 'Akademiska sjukhuset, ortopedi',
  'Sahlgrenska universitetssjukhuset, psykiatri', 'Capio Vårdcentral Norr', 'Skånes universitetssjukhus, medicin',
  'Hälsocentralen Fjällnära', 'Företagshälsan Mälardalen', 'Psykiatriska öppenvårdsmottagningen Väst',
] as const;

/** [ICD-10-SE code, the doctor's assessment of work capacity] */
export const DIAGNOSES: readonly (readonly [string, string])[] = [
  ['F32.1', 'Nedstämdhet och sömnsvårigheter; klarar inte sina arbetsuppgifter just nu.'],
  ['F43.8', 'Utmattning efter långvarig stress; koncentrationsförmågan är nedsatt.'],
  ['M54.5', 'Ländryggssmärta; kan inte lyfta eller sitta längre stunder.'],
  ['M75.1', 'Axelbesvär; kan inte arbeta med armarna ovanför axelhöjd.'],
  ['S82.6', 'Fotledsfraktur; gips i sex veckor, kan inte gå eller stå i arbetet.'],
  ['J06.9', 'Luftvägsinfektion med feber; tillfälligt nedsatt arbetsförmåga.'],
  ['F41.1', 'Ångest som hindrar möten med kunder; gradvis återgång planeras.'],
  ['M17.1', 'Knäledsartros; stående arbete går inte, stillasittande arbete delvis.'],
  ['G43.0', 'Återkommande migrän; nedsatt förmåga under anfallsperioder.'],
  ['C50.9', 'Pågående cancerbehandling; full sjukskrivning under behandlingen.'],
];

export const CONTACT_SUMMARIES = [
  'Frågade när nästa utbetalning kommer.', 'Ville veta hur långt handläggningen har kommit.',
  'Skickade in kompletterande uppgifter till ansökan.', 'Frågade om reglerna för ersättningen.',
  'Begärde kopia av beslutet.', 'Meddelade ny adress och nytt kontonummer.',
  'Ville ha hjälp att fylla i ansökan.', 'Ringde om ett brev som inte kommit fram.',
  'Frågade varför beloppet ändrats.', 'Meddelade att arbetet återupptagits på heltid.',
] as const;

export const THIRD_PARTY_NOTES = [
  'Uppgav att sambon har hand om barnen under sjukperioden.',
  'Berättade att den tidigare partnern inte betalar underhåll.',
  'Nämnde att en granne hjälper till med inköp.',
  'Uppgav att brodern är ombud i ärendet.',
  'Berättade att arbetskamraten också är sjukskriven.',
] as const;

export const HANDLER_NOTES = [
  'Kontrollera uppgiften om arbetstid mot arbetsgivaren.', 'Ring tillbaka efter läkarbesöket.',
  'Verkar stressad; erbjud ett möte.', 'Begär in läkarintyg för perioden.',
  'Oklart om inkomstuppgiften stämmer; stäm av med Skatteverket.',
] as const;

export const DRAFT_TEXTS = [
  'Utkast till beslut: rätt till ersättning bedöms föreligga från och med ansökningsdagen.',
  'Arbetsanteckning: inväntar komplettering, påminnelse skickas om två veckor.',
  'Utkast till kommunicering: vi avser att avslå ansökan eftersom underlag saknas.',
  'Arbetsanteckning: diskuterat ärendet med specialist, nytt läkarintyg behövs.',
] as const;

export const CHILD_STATEMENTS = [
  'Barnet berättar att hen inte vill bo hos den ena föräldern.',
  'Barnet uppger att hen behöver hjälp i skolan varje dag och inte vill att föräldrarna ska veta vad hen sagt.',
  'Barnet har själv berättat om sin situation hemma vid ett samtal utan föräldrarna.',
] as const;
