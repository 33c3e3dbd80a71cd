package org.w3id.r2p.link;

import java.util.regex.Pattern;

/** Wikidata entity IRIs in the form Wikidata itself uses for {@code owl:sameAs}: {@code http://www.wikidata.org/entity/Q…}. */
public final class Wikidata {
    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private Wikidata() {}

    /** Whether {@code text} is a Wikidata item id such as {@code Q1065}. */
    public static boolean isQid(String text) {
        return QID.matcher(text).matches();
    }

    public static String entityIri(String qid) {
        if (!isQid(qid)) {
            throw new IllegalArgumentException("Not a Wikidata item id: " + qid);
        }
        return ENTITY_NS + qid;
    }
}
