package org.w3id.r2p.extract.attribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.w3id.r2p.link.DataFiles;

/** The closed-class and role words of {@code subject-words.tsv}, by category, that place a cue's subject. */
final class SubjectWords {
    final Set<String> verbGap;
    final Set<String> listGap;
    final Set<String> passiveOrNoun;
    final Set<String> speakingHeads;
    final Set<String> prepositions;
    final Set<String> afterCue;
    final Set<String> organHeads;

    private SubjectWords(Map<String, Set<String>> byCategory) {
        this.verbGap = category(byCategory, "verb-gap");
        this.listGap = category(byCategory, "list-gap");
        this.passiveOrNoun = category(byCategory, "passive-or-noun");
        this.speakingHeads = category(byCategory, "speaking-head");
        this.prepositions = category(byCategory, "preposition");
        this.afterCue = category(byCategory, "after-cue");
        this.organHeads = category(byCategory, "organ-head");
    }

    static SubjectWords load() {
        Map<String, Set<String>> byCategory = new HashMap<>();
        for (String[] row : DataFiles.tsv(SubjectWords.class, "subject-words.tsv")) {
            byCategory.put(row[0], Set.of(row[1].trim().split("\\s+")));
        }
        return new SubjectWords(byCategory);
    }

    private static Set<String> category(Map<String, Set<String>> byCategory, String name) {
        Set<String> words = byCategory.get(name);
        if (words == null) {
            throw new IllegalStateException("subject-words.tsv has no category " + name);
        }
        return words;
    }
}
