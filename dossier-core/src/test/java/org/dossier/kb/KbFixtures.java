package org.dossier.kb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A small knowledge base written in the tests, independent of the shipped data. */
final class KbFixtures {

    static final String COUNTRIES = String.join("\n",
            "iso3\tiso2\tname\twikipedia\taliases\tdemonyms\tcapital\tcapital_wikipedia\tcapital_aliases",
            "RUS\tRU\tRussia\tRussia\tRussian Federation|Russland\tRussian|Russians\tMoscow\tMoscow\tMoskau|Moscou",
            "CHN\tCN\tChina\tChina\tPeople's Republic of China|PRC\tChinese\tBeijing\tBeijing\tPeking",
            "UKR\tUA\tUkraine\tUkraine\t\tUkrainian|Ukrainians\tKyiv\tKyiv\tKiev|Kiew",
            "USA\tUS\tUnited States\tUnited States\tUS|U.S.|USA|America\tAmerican|Americans\tWashington, D.C.\tWashington, D.C.\tWashington",
            "VNM\tVN\tVietnam\tVietnam\tViet Nam\tVietnamese\tHanoi\tHanoi\t",
            "CHL\tCL\tChile\tChile\t\tChilean|Chileans\tSantiago\tSantiago\t",
            "KHM\tKH\tCambodia\tCambodia\tKampuchea\tCambodian|Cambodians\tPhnom Penh\tPhnom Penh\t");
    static final String PLACES = String.join("\n",
            "name\twikipedia\tcountry\tkind\tsector\taliases",
            "Kremlin\tMoscow Kremlin\tRUS\tseat\tGOV\tKreml",
            "Mariupol\tMariupol\tUKR\tcity\t\tMariupol'");
    static final String ACTORS = String.join("\n",
            "name\ttype\twikipedia\tcountry\tsector\trole\tstart\tend\taliases",
            "Xi Jinping\tPERSON\tXi Jinping\tCHN\tGOV\tPresident of China\t2013-03-14\t\tXi",
            "Volodymyr Zelenskyy\tPERSON\tVolodymyr Zelenskyy\tUKR\tGOV\tPresident of Ukraine\t2019-05-20\t\tZelensky|Selenskyj",
            "Vladimir Putin\tPERSON\tVladimir Putin\tRUS\tGOV\tPrime Minister of Russia\t2008-05-08\t2012-05-07\t",
            "Vladimir Putin\tPERSON\tVladimir Putin\tRUS\tGOV\tPresident of Russia\t2012-05-07\t\tPutin",
            "Donald Trump\tPERSON\tDonald Trump\tUSA\tGOV\tPresident of the United States\t2017-01-20\t2021-01-20\tTrump",
            "Donald Trump\tPERSON\tDonald Trump\tUSA\tGOV\tPresident of the United States\t2025-01-20\t\t",
            "Donald Trump\tPERSON\tDonald Trump\tUSA\tPTY\tRepublican presidential nominee\t2024-07-18\t2025-01-20\t",
            "Tony Blair\tPERSON\tTony Blair\tGBR\tGOV\tPrime Minister of the United Kingdom\t1997-05-02\t2007-06-27\t",
            "Tony Blair\tPERSON\tTony Blair\tGBR\tELI\tFormer Prime Minister of the United Kingdom\t\t\t",
            "Tô Lâm\tPERSON\tTô Lâm\tVNM\tGOV\tPresident of Vietnam\t2024-05-22\t2024-10-21\tTo Lam",
            "People's Liberation Army\tORGANIZATION\tPeople's Liberation Army\tCHN\tMIL\tarmed forces of China\t\t\tPLA",
            "Ministry of Mines\tORGANIZATION\tMinistry of Mining (Chile)\tCHL\tGOV\tmining ministry of Chile\t\t\t");
    static final String AGENTS = String.join("\n",
            "pattern\tsector\tsector2",
            "soldier\tMIL\t",
            "warplane\tMIL\t",
            "defense ministry\tGOV\tMIL",
            "ministry\tGOV\t",
            "prime minister\tGOV\t",
            "former prime minister\tELI\t",
            "police\tCOP\t");

    private KbFixtures() {
    }

    static KbTable table(String name, String tsv) {
        try {
            return KbTable.read(name, new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnowledgeBase small() {
        List<KbTable> tables = new ArrayList<>();
        tables.add(table("countries.tsv", COUNTRIES));
        tables.add(table("places.tsv", PLACES));
        tables.add(table("actors.tsv", ACTORS));
        tables.add(table("agents.tsv", AGENTS));
        return KnowledgeBase.of(tables);
    }
}
