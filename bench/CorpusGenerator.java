// Makes N realistic R2P documents for benchmarks: summaries with reported speech, statements, speaker lists,
// letters and HTML pages, with varied States, speakers, mechanisms, networks and lengths. Deterministic.
// Run with the single-file source launcher:  java bench/CorpusGenerator.java COUNT OUTPUT_DIR
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

public class CorpusGenerator {
    static final String[] STATES = {"Argentina", "Brazil", "Chile", "Ghana", "Kenya", "Nigeria", "Senegal", "France",
            "Germany", "the Netherlands", "Denmark", "Norway", "Japan", "the Republic of Korea", "Australia", "Canada",
            "Mexico", "Peru", "Costa Rica", "Guatemala", "Côte d'Ivoire", "Tanzania", "Rwanda", "Uganda", "Botswana",
            "South Africa", "Morocco", "Egypt", "Qatar", "Indonesia", "the Philippines", "Thailand", "Malaysia",
            "Viet Nam", "India", "Pakistan", "Sri Lanka", "the Russian Federation", "China", "Türkiye", "Estonia",
            "Latvia", "Slovenia", "Hungary", "the Czech Republic", "Switzerland", "Liechtenstein", "Ireland", "Italy",
            "Spain", "Portugal", "the United Kingdom", "the United States", "Uruguay", "Paraguay", "Ecuador"};
    static final String[] VERBS = {"stressed", "noted", "underlined", "recalled", "emphasized", "welcomed", "said",
            "highlighted", "called for", "expressed support for"};
    static final String[] TOPICS = {"the role of the International Criminal Court in ending impunity",
            "the value of national focal points on the responsibility to protect",
            "early warning and the Universal Periodic Review", "restraint of the veto in situations of mass atrocities",
            "the importance of prevention under the first pillar", "international assistance under pillar two",
            "the role of civil society in early warning", "the Framework of Analysis for Atrocity Crimes",
            "hate speech and incitement to violence", "capacity building for national institutions"};
    static final String[] FIRST = {"Amina", "Lars", "Maria", "Kwame", "Sofia", "Jean", "Ana", "Tomas", "Grace", "Omar"};
    static final String[] LAST = {"Odhiambo", "Nygaard", "Perez", "Mensah", "Rossi", "Dupont", "Silva", "Novak", "Achieng", "Haddad"};
    static final String[] NETWORKS = {"Latin American Network for Genocide and Mass Atrocity Prevention",
            "African Network for Atrocity Prevention", "European Network of Focal Points"};

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Random random = new Random(20261122L);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String name = String.format("doc-%06d", i);
            if (kind < 6) {
                write(out.resolve(name + ".txt"), summary(random));
            } else if (kind < 8) {
                write(out.resolve(name + ".txt"), statement(random));
            } else if (kind < 9) {
                write(out.resolve(name + ".txt"), speakerList(random));
            } else {
                write(out.resolve(name + ".html"), html(random));
            }
        }
    }

    static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    static String date(Random r) {
        String[] months = {"January", "March", "June", "September", "November"};
        return (1 + r.nextInt(27)) + " " + pick(r, months) + " " + (2009 + r.nextInt(15));
    }

    static String summary(Random r) {
        StringBuilder text = new StringBuilder("Summary of the informal interactive dialogue on the responsibility to protect\n\n");
        text.append("On ").append(date(r)).append(", the General Assembly held its informal interactive dialogue on the responsibility to protect.\n\n");
        int paragraphs = 3 + r.nextInt(12);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + r.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                switch (r.nextInt(5)) {
                    case 0 -> text.append("The representative of ").append(pick(r, STATES)).append(' ').append(pick(r, VERBS))
                            .append(' ').append(pick(r, TOPICS)).append(". ");
                    case 1 -> text.append("The government of ").append(pick(r, STATES)).append(' ').append(pick(r, VERBS))
                            .append(' ').append(pick(r, TOPICS)).append(". He added that ").append(pick(r, TOPICS)).append(" mattered. ");
                    case 2 -> text.append(cap(pick(r, STATES))).append(", ").append(pick(r, STATES)).append(" and ")
                            .append(pick(r, STATES)).append(", among others, ").append(pick(r, VERBS)).append(' ')
                            .append(pick(r, TOPICS)).append(". ");
                    case 3 -> text.append("Speaking on behalf of the Group of Friends of the Responsibility to Protect, the representative of ")
                            .append(pick(r, STATES)).append(' ').append(pick(r, VERBS)).append(" the ").append(pick(r, NETWORKS)).append(". ");
                    default -> text.append("Mr. ").append(pick(r, FIRST)).append(' ').append(pick(r, LAST))
                            .append(", Special Adviser on the Prevention of Genocide, ").append(pick(r, VERBS)).append(' ')
                            .append(pick(r, TOPICS)).append(". ");
                }
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    static String statement(Random r) {
        String state = pick(r, STATES);
        StringBuilder text = new StringBuilder("Statement by H.E. Ms. " + pick(r, FIRST) + " " + pick(r, LAST)
                + ", Permanent Representative of " + state + " to the United Nations\nNew York, " + date(r) + "\n\nMr. President,\n\n");
        int paragraphs = 2 + r.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            text.append("My delegation welcomes ").append(pick(r, TOPICS)).append(". We established a National Committee for the Prevention of Genocide, and we support ")
                    .append(pick(r, TOPICS)).append(".\n\n");
        }
        return text.append("I thank you.\n").toString();
    }

    static String speakerList(Random r) {
        StringBuilder text = new StringBuilder("Statements delivered at the dialogue\n\nOn " + date(r)
                + ", the General Assembly held its informal interactive dialogue on the responsibility to protect.\n\n");
        List<String> used = new ArrayList<>();
        for (int i = 0; i < 8 + r.nextInt(30); i++) {
            String state = pick(r, STATES).replaceFirst("^the ", "");
            if (!used.contains(state)) {
                used.add(state);
                text.append('[').append(state).append("](#)").append(r.nextInt(4) == 0 ? " (in Spanish)" : "").append("\n\n");
            }
        }
        return text.toString();
    }

    static String html(Random r) {
        return "<html><head><title>Statement | Mission</title><script>var x = 1;</script></head><body><nav>Home</nav>"
                + "<h1>Statement by " + cap(pick(r, STATES)) + " at the informal interactive dialogue on the responsibility to protect</h1>"
                + "<p>New York, " + date(r) + "</p><p>" + summary(r).replace("\n\n", "</p><p>") + "</p><footer>Mission</footer></body></html>";
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
