package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.r2p.link.DataFiles;

/**
 * The lexicon of reporting cues: verbs that report what a speaker said or stood for ("said", "regretted",
 * "called for", "took note"), with every inflection, and the noun and phrase cues ("according to", "for its
 * part", "statement", "the speaker"). Loaded once from {@code reporting-verbs.tsv}, {@code irregular-verbs.tsv}
 * and {@code reporting-phrases.tsv}; immutable and safe to share between threads.
 * <p>
 * Forms match in lower case only, so that the nouns "States" and "Notes" are not read as verbs; an -ing
 * participle may also be capitalised, as it opens a sentence ("Speaking on behalf of ...").
 * <pre>
 *   ReportingCues cues = ReportingCues.standard();
 *   cues.lemma("regretted");          // Optional[regret]
 *   cues.isVerbForm("States");        // false
 *   cues.verbPattern().matcher(text)  // every reporting verb in a text, as whole words
 * </pre>
 */
public final class ReportingCues {
    private static final String POSSESSIVE_SLOT = "{poss}";
    private static final List<String> POSSESSIVES = List.of("his", "her", "its", "their", "our");

    /** The readings of one written form: its lemma and which inflections it is. */
    private record Reading(String lemma, Set<Inflection> inflections) {}

    private final Map<String, ReportingVerb> verbs;
    private final Map<String, Reading> forms;
    private final List<PhraseCue> phrases;
    private final Pattern verbPattern;
    private final Occurrences verbOccurrences;
    private final Map<PhraseCue.Kind, Pattern> phrasePatterns;

    private ReportingCues(List<ReportingVerb> verbs, Inflector inflector, List<PhraseCue> phrases) {
        Map<String, ReportingVerb> byLemma = new LinkedHashMap<>();
        Map<String, Reading> byForm = new HashMap<>();
        for (ReportingVerb verb : verbs) {
            if (byLemma.put(verb.lemma(), verb) != null) {
                throw new IllegalArgumentException("Reporting verb listed twice: " + verb.lemma());
            }
            for (VerbForm form : inflector.forms(verb.lemma())) {
                Reading reading = byForm.computeIfAbsent(form.form(),
                        f -> new Reading(form.lemma(), EnumSet.noneOf(Inflection.class)));
                if (!reading.lemma().equals(form.lemma())) {
                    throw new IllegalArgumentException("The form " + form.form() + " belongs to both "
                            + reading.lemma() + " and " + form.lemma());
                }
                reading.inflections().add(form.inflection());
            }
        }
        this.verbs = Map.copyOf(byLemma);
        Map<String, Reading> frozen = new HashMap<>();
        byForm.forEach((form, r) -> frozen.put(form, new Reading(r.lemma(), Set.copyOf(r.inflections()))));
        this.forms = Map.copyOf(frozen);
        this.phrases = List.copyOf(phrases);
        this.verbPattern = wholeWords(verbAlternatives(), 0);
        this.verbOccurrences = Occurrences.of(verbPattern,
                verbAlternatives().stream().map(Words::opening).collect(Collectors.toSet()), false);
        Map<PhraseCue.Kind, Pattern> patterns = new EnumMap<>(PhraseCue.Kind.class);
        for (PhraseCue.Kind kind : PhraseCue.Kind.values()) {
            List<String> ofKind = phrases(kind).stream().map(PhraseCue::phrase).toList();
            if (!ofKind.isEmpty()) {
                patterns.put(kind, wholeWords(ofKind, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        this.phrasePatterns = patterns;
    }

    private static final class Standard {
        static final ReportingCues INSTANCE = new ReportingCues(
                DataFiles.tsv(ReportingCues.class, "reporting-verbs.tsv").stream().map(ReportingCues::verb).toList(),
                Inflector.standard(),
                DataFiles.tsv(ReportingCues.class, "reporting-phrases.tsv").stream()
                        .flatMap(fields -> phrases(fields).stream()).toList());
    }

    /** The cues of the lexicon files, loaded on first use. */
    public static ReportingCues standard() {
        return Standard.INSTANCE;
    }

    /** Whether a word, or words separated by white space, is a form of a reporting verb ("noted", "took note"). */
    public boolean isVerbForm(String word) {
        return reading(word) != null;
    }

    /** The lemma of a reporting-verb form: "regretted" gives "regret", "took note" gives "take note". */
    public Optional<String> lemma(String form) {
        Reading reading = reading(form);
        return reading == null ? Optional.empty() : Optional.of(reading.lemma());
    }

    /** Whether the form is an -ing participle of a reporting verb: "noting", "Speaking". */
    public boolean isParticiple(String form) {
        return inflections(form).contains(Inflection.PRESENT_PARTICIPLE);
    }

    /** Which inflections of its lemma a form is; empty when it is not a reporting-verb form. */
    public Set<Inflection> inflections(String form) {
        Reading reading = reading(form);
        return reading == null ? Set.of() : reading.inflections();
    }

    /** Whether a lemma's forms are often a noun, an adjective or another sense, so that a rule needs more evidence. */
    public boolean isAmbiguous(String lemma) {
        ReportingVerb verb = verbs.get(lemma);
        return verb != null && verb.isAmbiguous();
    }

    /** The lexicon entry of a lemma. */
    public Optional<ReportingVerb> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma));
    }

    /** Every lemma, sorted. */
    public Set<String> lemmas() {
        return new TreeSet<>(verbs.keySet());
    }

    /** Every noun and phrase cue, in the order of the lexicon file. */
    public List<PhraseCue> phrases() {
        return phrases;
    }

    /** The noun and phrase cues of one kind. */
    public List<PhraseCue> phrases(PhraseCue.Kind kind) {
        return phrases.stream().filter(p -> p.kind() == kind).toList();
    }

    /**
     * Any reporting-verb form as a whole word (not inside a longer word nor a hyphenated one), lower case, or a
     * capitalised -ing participle; a phrasal form may span white space ("called\nfor").
     */
    public Pattern verbPattern() {
        return verbPattern;
    }

    /** The matches of {@link #verbPattern()}, looked for only where a verb form's first word begins. */
    Occurrences verbOccurrences() {
        return verbOccurrences;
    }

    /** Any phrase cue of a kind as whole words, in any case ("According to", "for its part"). */
    public Pattern phrasePattern(PhraseCue.Kind kind) {
        Pattern pattern = phrasePatterns.get(kind);
        if (pattern == null) {
            throw new IllegalArgumentException("The lexicon has no phrase cue of kind " + kind);
        }
        return pattern;
    }

    private Reading reading(String word) {
        String form = singleSpaced(word);
        Reading reading = forms.get(form);
        if (reading != null || form.isEmpty() || !Character.isUpperCase(form.charAt(0))) {
            return reading;
        }
        Reading lowered = forms.get(form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1));
        return lowered != null && lowered.inflections().contains(Inflection.PRESENT_PARTICIPLE) ? lowered : null;
    }

    /** The words with one space between them, without a regular expression: this runs once per word looked up. */
    private static String singleSpaced(String words) {
        String stripped = words.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            } else if (!Character.isWhitespace(stripped.charAt(i - 1))) {
                out.append(' '); // a stripped string never opens with white space, so i > 0 here
            }
        }
        return out.toString();
    }

    private List<String> verbAlternatives() {
        List<String> alternatives = new ArrayList<>(forms.keySet());
        forms.forEach((form, reading) -> {
            if (reading.inflections().contains(Inflection.PRESENT_PARTICIPLE)) {
                alternatives.add(Character.toUpperCase(form.charAt(0)) + form.substring(1));
            }
        });
        return alternatives;
    }

    private static Pattern wholeWords(List<String> alternatives, int flags) {
        return Pattern.compile("(?<![\\p{L}-])" + Alternation.of(alternatives) + "(?![\\p{L}-])", flags);
    }

    private static ReportingVerb verb(String[] fields) {
        // The ambiguity column is empty for most lemmas, and a trailing empty column is stripped with the line.
        if (fields.length < 2 || fields.length > 3) {
            throw new IllegalStateException("reporting-verbs.tsv: expected lemma, source and ambiguity in "
                    + Arrays.toString(fields));
        }
        return new ReportingVerb(fields[0].strip(), fields[1].strip(),
                ReportingVerb.Ambiguity.parse(fields.length == 3 ? fields[2] : ""));
    }

    private static List<PhraseCue> phrases(String[] fields) {
        if (fields.length != 3) {
            throw new IllegalStateException("reporting-phrases.tsv: expected phrase, kind and source in "
                    + Arrays.toString(fields));
        }
        String phrase = fields[0].strip();
        PhraseCue.Kind kind = PhraseCue.Kind.parse(fields[1]);
        List<String> written = phrase.contains(POSSESSIVE_SLOT)
                ? POSSESSIVES.stream().map(p -> phrase.replace(POSSESSIVE_SLOT, p)).toList()
                : List.of(phrase);
        return written.stream().map(p -> new PhraseCue(p, kind, fields[2].strip())).toList();
    }
}
