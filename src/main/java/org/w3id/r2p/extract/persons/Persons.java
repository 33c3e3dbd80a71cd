package org.w3id.r2p.extract.persons;

import java.util.List;
import java.util.function.Predicate;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityFact;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;

/**
 * Persons in a text, in three steps: which name-shaped words are persons' names ({@link PersonNames}), which
 * person each use of a name or surname refers to ({@link Surnames}), and each person's roles and affiliations
 * ({@link PersonRoles}). Immutable and safe to share between threads.
 * <pre>
 *   Persons.Result found = Persons.standard().find(id, text, earlier, place -> false, null);
 * </pre>
 */
public final class Persons {
    /** The persons' mentions, keyed by their fullest names, and the facts about their roles. */
    public record Result(List<Mention> mentions, List<EntityFact> facts) {
        public Result {
            mentions = List.copyOf(mentions);
            facts = List.copyOf(facts);
        }
    }

    private final NameShapes shapes;
    private final RoleGrammar grammar;
    private final PersonNames names;
    private final Surnames surnames;
    private final PersonRoles roles;

    private Persons(PersonLexicon lexicon) {
        this.shapes = new NameShapes(lexicon);
        this.grammar = new RoleGrammar(lexicon);
        this.names = new PersonNames(lexicon);
        this.surnames = new Surnames(lexicon);
        this.roles = new PersonRoles(lexicon);
    }

    /** With the lexicons shipped with r2p-kg. */
    public static Persons standard() {
        return new Persons(PersonLexicon.standard());
    }

    /**
     * The persons a text names.
     *
     * @param earlier   States, organizations and bodies found before, which no person's name overlaps
     * @param isPlace   true for a name that is a place's
     * @param signature where a letter's signatory stands, or null
     */
    public Result find(String documentId, String text, Found earlier, Predicate<String> isPlace, Span signature) {
        List<NameShapes.Shape> pieces = shapes.in(text);
        RolePhrases phrases = new RolePhrases(grammar, text);
        EarlierNames taken = new EarlierNames(earlier, phrases);
        List<PersonNames.Name> found = names.find(text, pieces, phrases, taken, isPlace, signature);
        List<Mention> mentions = Found.of(surnames.mentions(text, documentId, pieces, found, taken)).mentions();
        return new Result(mentions, roles.facts(text, mentions, phrases, earlier, taken));
    }
}
