package org.w3id.r2p.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.link.DataFiles;
import org.w3id.r2p.link.NameMatcher;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Finds States: by name or alias anywhere, by a name split over two adjacent links ({@code [Urugu](#) [ay](#)}),
 * and by adjective where it names the State acting ("the Brazilian initiative").
 */
public final class StateExtractor implements EntityExtractor {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}]+)\\s+\\z");

    private final StateGazetteer gazetteer;
    private static final Pattern CHAINED = Pattern.compile("(\\p{Lu}\\p{L}+)(?:-|\\s+and\\s+)\\z");
    private final Pattern actNoun;

    public StateExtractor(StateGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        String nouns = String.join("|", DataFiles.lines(StateExtractor.class, "state-act-nouns.txt").stream()
                .map(Pattern::quote).toList());
        // "the French-Mexican initiative", "the French and Mexican initiative": adjectives joined before the noun.
        this.actNoun = Pattern.compile("\\A(?:(?:-|\\s+and\\s+|,\\s*)\\p{Lu}\\p{L}+)*\\s+(?:" + nouns + ")(?![\\p{L}])");
    }

    @Override
    public Found extract(Document document, Found earlier) {
        String text = document.text();
        List<Mention> mentions = new ArrayList<>();
        for (NameMatcher.Match match : gazetteer.names().find(text)) {
            mentions.add(mention(document, match.span(), match.key()));
        }
        mentions.addAll(splitAcrossLinks(document, mentions));
        for (NameMatcher.Match match : gazetteer.adjectives().find(text)) {
            if (namesStateAct(text, match.span()) && mentions.stream().noneMatch(m -> m.span().overlaps(match.span()))) {
                mentions.add(mention(document, match.span(), match.key()));
            }
        }
        return Found.of(mentions);
    }

    private List<Mention> splitAcrossLinks(Document document, List<Mention> found) {
        String text = document.text();
        List<Span> links = document.links();
        List<Mention> joined = new ArrayList<>();
        for (int i = 0; i + 1 < links.size(); i++) {
            Span first = links.get(i);
            Span second = links.get(i + 1);
            if (!text.substring(first.end(), second.start()).isBlank()) {
                continue;
            }
            Span both = new Span(first.start(), second.end());
            if (found.stream().anyMatch(m -> m.span().overlaps(both))) {
                continue;
            }
            String name = first.of(text).strip() + second.of(text).strip();
            gazetteer.names().lookup(name).ifPresent(iso3 -> joined.add(mention(document, both, iso3)));
        }
        return joined;
    }

    /** "the Brazilian initiative", but not "Brazilian youth" nor "Latin American Network". */
    private boolean namesStateAct(String text, Span adjective) {
        if (!actNoun.matcher(text.subSequence(adjective.end(), text.length())).find()) {
            return false;
        }
        Matcher previous = PREVIOUS_WORD.matcher(text.subSequence(Math.max(0, adjective.start() - 40), adjective.start()));
        if (!previous.find()) {
            return true;
        }
        String word = previous.group(1);
        return !Character.isUpperCase(word.charAt(0)) || ARTICLES.contains(word.toLowerCase(Locale.ROOT))
                || chainedToAdjective(text, adjective);
    }

    private static Mention mention(Document document, Span span, String iso3) {
        return new Mention(EntityRef.state(iso3), span.of(document.text()), span, document.id());
    }

    /** "French-Mexican", "French and Mexican": the adjective before is a State's too. */
    private boolean chainedToAdjective(String text, Span adjective) {
        Matcher before = CHAINED.matcher(text.subSequence(Math.max(0, adjective.start() - 40), adjective.start()));
        return before.find() && !gazetteer.adjectives().find(before.group(1)).isEmpty();
    }
}
