// The rights texts of the register extract (Art. 15(1)(e) and (f)) in plain Swedish and
// English, worded like the agency's privacy page (http/views/privacy-page-text.ts): what the
// person can ask for, the public-sector limits on erasure, and where to complain.
import type { ExtractLanguage, ExtractRights } from './extract-model.ts';

/** Where to complain (Art. 15(1)(f), 77 GDPR): the sentence extracts and decision letters share. */
export function imyComplaint(language: ExtractLanguage, controllerName: string): string {
  return language === 'sv'
    ? `Om du vill klaga på hur ${controllerName} hanterar dina personuppgifter gör du det hos Integritetsskyddsmyndigheten (IMY).`
    : `If you want to complain about how ${controllerName} handles your personal data, you do so to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY).`;
}

const sv = (controller: string): ExtractRights => ({
  rectification: 'Om en uppgift om dig är fel har du rätt att få den rättad. Om en uppgift är ofullständig kan du under vissa förutsättningar få den kompletterad. Ange vilken uppgift det gäller och hur den ska rättas.',
  erasure: `Du kan begära att vi raderar personuppgifter om dig. ${controller} är dock inte skyldig att radera personuppgifter som vi behandlar för att uppfylla en rättslig förpliktelse, för att utföra en uppgift av allmänt intresse, som ett led i myndighetsutövning eller för arkivändamål. Allmänna handlingar får dessutom bara gallras när en lag eller Riksarkivets föreskrifter tillåter det. Därför är möjligheterna att få personuppgifter raderade begränsade.`,
  restriction: 'Du kan under vissa förutsättningar begära att vi begränsar behandlingen av dina personuppgifter, till exempel medan vi utreder om en uppgift är riktig. Uppgifterna finns då kvar, men vi använder dem bara i de fall som dataskyddsförordningen tillåter.',
  objection: 'Du har rätt att invända mot att vi behandlar dina personuppgifter när behandlingen behövs för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning (artikel 6.1 e i dataskyddsförordningen). Vi får då bara fortsätta behandlingen om vi kan visa tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.',
  complaint: `${imyComplaint('sv', controller)} Om vi beslutar att inte göra det du har begärt, helt eller delvis, kan du också överklaga beslutet till förvaltningsrätten. Hur du gör står i beslutet.`,
});

const en = (controller: string): ExtractRights => ({
  rectification: 'If data about you are wrong, you have the right to have them rectified. If data are incomplete, you can have them completed under certain conditions. State which data it concerns and how they should be corrected.',
  erasure: `You can ask us to erase personal data about you. However, ${controller} is not obliged to erase personal data that we process to comply with a legal obligation, to perform a task carried out in the public interest, in the exercise of official authority or for archiving purposes. Public records may moreover only be disposed of when a law or the National Archives' regulations allow it. This means that the possibilities of having personal data erased are limited.`,
  restriction: 'Under certain conditions you can ask us to restrict the processing of your personal data, for example while we investigate whether the data are correct. The data are then kept, but we only use them in the cases the GDPR allows.',
  objection: 'You have the right to object to our processing of your personal data where the processing is necessary for a task carried out in the public interest or in the exercise of official authority (Article 6(1)(e) GDPR). We may then only continue the processing if we can show compelling legitimate grounds that override your interests, rights and freedoms, or if the processing is needed to establish, exercise or defend legal claims.',
  complaint: `${imyComplaint('en', controller)} If we decide not to do what you asked, in whole or in part, you can also appeal the decision to the administrative court (förvaltningsrätten). The decision tells you how.`,
});

/** The five rights texts of an extract, naming the controller. */
export function extractRights(language: ExtractLanguage, controllerName: string): ExtractRights {
  return language === 'sv' ? sv(controllerName) : en(controllerName);
}
