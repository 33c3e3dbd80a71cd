package org.w3id.r2p.graph;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.r2p.link.Wikidata;
import org.w3id.r2p.vocab.OA;
import org.w3id.r2p.vocab.R2P;

/** The prefixes of every dump and of the query examples; fixed, so that dumps do not change from run to run. */
public final class Prefixes {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SCHEMA = "https://schema.org/";

    private Prefixes() {}

    public static PrefixMap of(IriScheme iris) {
        PrefixMap map = PrefixMapFactory.create();
        map.add("r2p", R2P.NS);
        map.add("rdf", RDF.getURI());
        map.add("rdfs", RDFS.getURI());
        map.add("owl", OWL.getURI());
        map.add("xsd", XSD.getURI());
        map.add("dcterms", DCTerms.getURI());
        map.add("foaf", FOAF.getURI());
        map.add("org", ORG);
        map.add("prov", PROV);
        map.add("skos", SKOS.getURI());
        map.add("schema", SCHEMA);
        map.add("wd", Wikidata.ENTITY_NS);
        map.add("oa", OA.NS);
        map.add("topic", "https://w3id.org/r2p/topic/");
        String id = iris.idBase();
        map.add("doc", id + "document/");
        map.add("state", id + "state/");
        map.add("person", id + "person/");
        map.add("organization", id + "organization/");
        map.add("mechanism", id + "mechanism/");
        map.add("network", id + "network/");
        map.add("statement", id + "statement/");
        map.add("event", id + "event/");
        map.add("undoc", id + "un-document/");
        map.add("graph", iris.base() + "graph/");
        map.add("annotation", id + "annotation/");
        return map;
    }
}
