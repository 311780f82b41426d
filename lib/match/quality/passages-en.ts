/**
 * English news-style passages written for this suite (facts restated in our own
 * words; checked against the seed texts and public record). Expected mentions list
 * what a regional analyst would want underlined, with the entity it should open.
 */
import type { Passage } from './score';

export const PASSAGES_EN: Passage[] = [
  {
    id: 'en-tokayev-sworn-in', lang: 'en', date: '2019-03-21',
    text: 'Kassym-Jomart Tokayev was sworn in as president of Kazakhstan on 20 March 2019, a day after Nursultan Nazarbayev announced his resignation. Tokayev had been speaker of the Senate.',
    expect: [['kassym-jomart-tokayev', 'Kassym-Jomart Tokayev'], ['kassym-jomart-tokayev', 'president of Kazakhstan'], ['nursultan-nazarbayev', 'Nursultan Nazarbayev'], ['kassym-jomart-tokayev', 'Tokayev']],
  },
  {
    id: 'en-january-csto', lang: 'en', date: '2022-01-10',
    text: 'Protests over a jump in fuel prices spread across Kazakhstan in the first days of January 2022. Tokayev turned to the Collective Security Treaty Organization, and CSTO troops landed within days.',
    expect: [['kazakhstan', 'Kazakhstan'], ['kassym-jomart-tokayev', 'Tokayev'], ['collective-security-treaty-organization', 'Collective Security Treaty Organization'], ['collective-security-treaty-organization', 'CSTO']],
  },
  {
    id: 'en-massimov-arrest', lang: 'en', date: '2022-01-10',
    text: 'Karim Massimov, who headed the KNB until early January 2022, was detained on suspicion of high treason.',
    expect: [['karim-massimov', 'Karim Massimov'], ['knb-kazakhstan', 'KNB']],
  },
  {
    id: 'en-bektenov-pm', lang: 'en', date: '2024-03-01',
    text: 'Olzhas Bektenov replaced Alikhan Smailov as prime minister of Kazakhstan in February 2024.',
    expect: [['olzhas-bektenov', 'Olzhas Bektenov'], ['alikhan-smailov', 'Alikhan Smailov'], ['olzhas-bektenov', 'prime minister of Kazakhstan']],
  },
  {
    id: 'en-mirziyoyev-elected', lang: 'en', date: '2016-12-20',
    text: 'Shavkat Mirziyoyev, prime minister for thirteen years, won the presidential vote in Uzbekistan that followed the death of Islam Karimov.',
    expect: [['shavkat-mirziyoyev', 'Shavkat Mirziyoyev'], ['uzbekistan', 'Uzbekistan'], ['islam-karimov', 'Islam Karimov']],
  },
  {
    id: 'en-karakalpakstan-2022', lang: 'en', date: '2022-07-05',
    text: "Protests broke out in July 2022 over constitutional changes that would have curtailed Karakalpakstan's autonomy; the Uzbek president withdrew the amendments.",
    expect: [['karakalpakstan', 'Karakalpakstan'], ['shavkat-mirziyoyev', 'Uzbek president']],
  },
  {
    id: 'en-tazhimuratov', lang: 'en', date: '2023-02-01',
    text: 'Dauletmurat Tazhimuratov, a lawyer and journalist from Karakalpakstan, received a 16-year prison term in January 2023.',
    expect: [['dauletmurat-tazhimuratov', 'Dauletmurat Tazhimuratov'], ['karakalpakstan', 'Karakalpakstan']],
  },
  {
    id: 'en-sattoriy', lang: 'en', date: '2021-06-01',
    text: 'The blogger Otabek Sattoriy was sentenced to six and a half years in 2021; rights groups called the case retaliation. Sattoriy denies the charges.',
    expect: [['otabek-sattoriy', 'Otabek Sattoriy'], ['otabek-sattoriy', 'Sattoriy']],
  },
  {
    id: 'en-japarov-elected', lang: 'en', date: '2021-02-01',
    text: "Sadyr Japarov, freed from prison during the October 2020 unrest, won Kyrgyzstan's presidential election in January 2021.",
    expect: [['sadyr-japarov', 'Sadyr Japarov'], ['kyrgyzstan', 'Kyrgyzstan']],
    not: ['presidential'],
  },
  {
    id: 'en-two-japarovs', lang: 'en', date: '2023-06-01',
    text: 'President Sadyr Japarov and cabinet chairman Akylbek Japarov are not related. Critics say Japarov has gathered power in his own hands.',
    expect: [['sadyr-japarov', 'Sadyr Japarov'], ['akylbek-japarov', 'Akylbek Japarov'], [null, 'Japarov']],
  },
  {
    id: 'en-temirov', lang: 'en', date: '2023-01-01',
    text: 'Investigative reporter Bolot Temirov, whose Temirov Live channel exposed graft, was expelled from Kyrgyzstan in November 2022.',
    expect: [['bolot-temirov', 'Bolot Temirov'], ['temirov-live', 'Temirov Live'], ['kyrgyzstan', 'Kyrgyzstan']],
  },
  {
    id: 'en-askarov', lang: 'en', date: '2020-08-01',
    text: 'Azimjan Askarov, a human rights defender imprisoned since 2010, died in custody in July 2020.',
    expect: [['azimjan-askarov', 'Azimjan Askarov']],
  },
  {
    id: 'en-matraimov', lang: 'en', date: '2020-01-15',
    text: "In December 2019 the US Treasury imposed sanctions on Raimbek Matraimov, a former deputy head of Kyrgyzstan's customs service.",
    expect: [['raimbek-matraimov', 'Raimbek Matraimov'], ['kyrgyzstan', 'Kyrgyzstan']],
  },
  {
    id: 'en-kempir-abad', lang: 'en', date: '2023-01-01',
    text: 'Dozens of people who objected to the Kempir-Abad reservoir deal with Uzbekistan were arrested in October 2022.',
    expect: [['kempir-abad-case', 'Kempir-Abad reservoir'], ['uzbekistan', 'Uzbekistan']],
  },
  {
    id: 'en-rahmon-family', lang: 'en', date: '2023-01-01',
    text: 'Emomali Rahmon has ruled Tajikistan since 1992; his son Rustam Emomali is mayor of Dushanbe and speaker of the upper chamber.',
    expect: [['emomali-rahmon', 'Emomali Rahmon'], ['tajikistan', 'Tajikistan'], ['rustam-emomali', 'Rustam Emomali'], ['rustam-emomali', 'mayor of Dushanbe']],
  },
  {
    id: 'en-gbao-2022', lang: 'en', date: '2022-12-30',
    text: 'Security forces detained dozens in Khorog in May 2022. Journalist Ulfatkhonim Mamadshoeva was later given 21 years; rights groups say the GBAO crackdown targeted Pamiri civil society across Gorno-Badakhshan.',
    expect: [['khorog', 'Khorog'], ['ulfatkhonim-mamadshoeva', 'Ulfatkhonim Mamadshoeva'], ['2022-gorno-badakhshan-crackdown', 'GBAO crackdown'], ['gorno-badakhshan', 'Gorno-Badakhshan']],
  },
  {
    id: 'en-gknb', lang: 'en', date: '2023-01-01',
    text: "Tajikistan's State Committee for National Security has broad powers; the GKNB has pursued critics abroad.",
    expect: [['tajikistan', 'Tajikistan'], ['gknb-tajikistan', 'State Committee for National Security'], ['gknb-tajikistan', 'GKNB']],
  },
  {
    id: 'en-serdar-succession', lang: 'en', date: '2022-04-01',
    text: 'Serdar Berdimuhamedov became president of Turkmenistan in March 2022, succeeding his father Gurbanguly Berdimuhamedov, who kept a powerful post.',
    expect: [['serdar-berdimuhamedov', 'Serdar Berdimuhamedov'], ['serdar-berdimuhamedov', 'president of Turkmenistan'], ['gurbanguly-berdimuhamedov', 'Gurbanguly Berdimuhamedov']],
  },
  {
    id: 'en-berdimuhamedov-ambiguous', lang: 'en', date: '2024-01-01',
    text: 'Under Berdymukhamedov, Turkmenistan remains one of the most closed countries in the world.',
    expect: [[null, 'Berdymukhamedov'], ['turkmenistan', 'Turkmenistan']],
  },
  {
    id: 'en-halykov', lang: 'en', date: '2020-10-01',
    text: 'Freelance journalist Nurgeldi Halykov was jailed for four years in Turkmenistan in 2020 after sharing a photo of visiting WHO officials.',
    expect: [['nurgeldi-halykov', 'Nurgeldi Halykov'], ['turkmenistan', 'Turkmenistan']],
  },
  {
    id: 'en-c5-plus-1', lang: 'en', date: '2023-09-20',
    text: 'Ahead of the first C5+1 meeting at presidential level in New York, Human Rights Watch urged the US to put rights at the centre of the talks.',
    expect: [['c5-plus-1', 'C5+1'], ['human-rights-watch', 'Human Rights Watch']],
  },
  {
    id: 'en-mamay', lang: 'en', date: '2023-05-01',
    text: 'Zhanbolat Mamay, leader of the unregistered Democratic Party, was handed a suspended sentence in April 2023.',
    expect: [['zhanbolat-mamay', 'Zhanbolat Mamay']],
  },
  {
    id: 'en-eaeu', lang: 'en', date: '2024-01-01',
    text: 'Kazakhstan and Kyrgyzstan belong to the Eurasian Economic Union, while Uzbekistan has been an observer at the EAEU since 2020.',
    expect: [['kazakhstan', 'Kazakhstan'], ['kyrgyzstan', 'Kyrgyzstan'], ['eurasian-economic-union', 'Eurasian Economic Union'], ['uzbekistan', 'Uzbekistan'], ['eurasian-economic-union', 'EAEU']],
  },
  {
    id: 'en-andijan', lang: 'en', date: '2015-05-13',
    text: 'Ten years after the Andijan massacre, survivors still seek an independent inquiry.',
    expect: [['andijan-massacre', 'Andijan massacre']],
  },
  {
    id: 'en-titles-mixed', lang: 'en', date: '2023-09-20',
    text: 'Turkmen President Serdar Berdimuhamedov and the Kyrgyz leader both attended the C5+1 summit in New York in September 2023.',
    expect: [['serdar-berdimuhamedov', 'Serdar Berdimuhamedov'], ['sadyr-japarov', 'Kyrgyz leader'], ['c5-plus-1-summit-2023', 'C5+1 summit in New York']],
    not: ['Turkmen President'],
  },
  {
    id: 'en-spelling-variants', lang: 'en', date: '2023-03-01',
    text: 'Transliterations vary: Tokaev, Mirziyoev and Zhaparov appear in older wire copy, and Toqaev in Kazakh-language sources.',
    expect: [['kassym-jomart-tokayev', 'Tokaev'], ['shavkat-mirziyoyev', 'Mirziyoev'], [null, 'Zhaparov'], ['kassym-jomart-tokayev', 'Toqaev']],
  },
  {
    id: 'en-april-2010', lang: 'en', date: '2010-04-20',
    text: 'Kurmanbek Bakiyev fled the capital in April 2010, and Roza Otunbayeva took charge of an interim government.',
    expect: [['kurmanbek-bakiyev', 'Kurmanbek Bakiyev'], ['roza-otunbayeva', 'Roza Otunbayeva']],
  },
  {
    id: 'en-2017-handover', lang: 'en', date: '2017-11-25',
    text: 'Almazbek Atambayev handed over to Sooronbay Jeenbekov in November 2017, a rare peaceful transfer of power between elected leaders in the region.',
    expect: [['almazbek-atambayev', 'Almazbek Atambayev'], ['sooronbay-jeenbekov', 'Sooronbay Jeenbekov']],
  },
  {
    id: 'en-headline-caps', lang: 'en', date: '2022-09-22',
    text: "KAZAKHSTAN'S PRESIDENT TOKAYEV CALLS SNAP PRESIDENTIAL ELECTION",
    expect: [['kazakhstan', 'KAZAKHSTAN'], ['kassym-jomart-tokayev', 'TOKAYEV']],
  },
  {
    id: 'en-kabiri-irpt', lang: 'en', date: '2015-10-01',
    text: 'Muhiddin Kabiri, who leads the Islamic Renaissance Party of Tajikistan, left the country in 2015, months before the IRPT was banned.',
    expect: [['muhiddin-kabiri', 'Muhiddin Kabiri'], ['islamic-renaissance-party-of-tajikistan', 'Islamic Renaissance Party of Tajikistan'], ['islamic-renaissance-party-of-tajikistan', 'IRPT']],
  },
  {
    id: 'en-tashiev-gknb', lang: 'en', date: '2023-01-01',
    text: 'Kamchybek Tashiev, head of the GKNB, came to be seen as the second most powerful man in Kyrgyzstan.',
    expect: [['kamchybek-tashiev', 'Kamchybek Tashiev'], ['gknb-kyrgyzstan', 'GKNB'], ['kyrgyzstan', 'Kyrgyzstan']],
  },
  {
    id: 'en-karimov-family', lang: 'en', date: '2016-09-03',
    text: "Islam Karimov died in September 2016; his elder daughter Gulnara Karimova had by then been under house arrest for two years.",
    expect: [['islam-karimov', 'Islam Karimov'], ['gulnara-karimova', 'Gulnara Karimova']],
  },
  {
    id: 'en-layout-whitespace', lang: 'en', date: '2018-09-01',
    text: 'Emomali\u00a0Rahmon and Shavkat\nMirziyoyev reopened border crossings and eased visa rules in 2018.',
    expect: [['emomali-rahmon', 'Emomali\u00a0Rahmon'], ['shavkat-mirziyoyev', 'Shavkat\nMirziyoyev']],
  },
  {
    id: 'en-surname-with-country', lang: 'en', date: '2020-01-01',
    text: 'Nazarbayev ruled Kazakhstan for almost three decades before stepping down in 2019.',
    expect: [['nursultan-nazarbayev', 'Nazarbayev'], ['kazakhstan', 'Kazakhstan']],
  },
  {
    id: 'en-border-treaty-titles', lang: 'en', date: '2025-03-20',
    text: 'The Tajik president and the Kyrgyz president signed a border treaty in Bishkek in March 2025.',
    expect: [['emomali-rahmon', 'Tajik president'], ['sadyr-japarov', 'Kyrgyz president'], ['bishkek', 'Bishkek']],
  },
  {
    id: 'en-kasymaliev-pm', lang: 'en', date: '2025-01-10',
    text: 'Adylbek Kasymaliev became prime minister of Kyrgyzstan in December 2024, replacing Akylbek Japarov.',
    expect: [['adylbek-kasymaliev', 'Adylbek Kasymaliev'], ['adylbek-kasymaliev', 'prime minister of Kyrgyzstan'], ['akylbek-japarov', 'Akylbek Japarov']],
  },
  // Written by a second author after the matcher was built (held out from its tuning).
  {
    id: 'en-holdout-bare-title', lang: 'en', date: '2021-12-01',
    text: 'Critics describe the rise of President Japarov as swift: he took office in January 2021.',
    expect: [['sadyr-japarov', 'Japarov']],
  },
  {
    id: 'en-holdout-spellings', lang: 'en', date: '2024-01-01',
    text: 'Spellings vary from outlet to outlet: Toqaev, Tokaev and Tokayev all name the same president.',
    expect: [['kassym-jomart-tokayev', 'Toqaev'], ['kassym-jomart-tokayev', 'Tokaev'], ['kassym-jomart-tokayev', 'Tokayev']],
  },
  {
    id: 'en-holdout-acronym-country', lang: 'en', date: '2024-01-01',
    text: 'Analysts often compare the GKNB of Kyrgyzstan with the KNB of Kazakhstan.',
    expect: [['gknb-kyrgyzstan', 'GKNB'], ['kyrgyzstan', 'Kyrgyzstan'], ['knb-kazakhstan', 'KNB'], ['kazakhstan', 'Kazakhstan']],
  },
  {
    id: 'en-holdout-two-gknbs', lang: 'en', date: '2024-01-01',
    text: "Tajikistan's GKNB and Kyrgyzstan's GKNB are separate services; the GKNB in Dushanbe answers to Rahmon.",
    expect: [['tajikistan', 'Tajikistan'], ['gknb-tajikistan', 'GKNB'], ['kyrgyzstan', 'Kyrgyzstan'], ['gknb-kyrgyzstan', 'GKNB'], ['gknb-tajikistan', 'GKNB'], ['dushanbe', 'Dushanbe'], ['emomali-rahmon', 'Rahmon']],
  },
];
