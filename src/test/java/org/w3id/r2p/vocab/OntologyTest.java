package org.w3id.r2p.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.support.TestGraphs;

class OntologyTest {
    private static final Model ONTOLOGY = RDFParser.source(Path.of("ontology/r2p.ttl")).toModel();

    @Test
    void ontologyHasMetadata() {
        Resource ontology = ONTOLOGY.getResource(R2P.ONTOLOGY_IRI);
        assertTrue(ontology.hasProperty(RDF.type, OWL.Ontology));
        for (var property : new org.apache.jena.rdf.model.Property[] {DCTerms.title, DCTerms.description,
                OWL.versionInfo, DCTerms.license, DCTerms.creator}) {
            assertTrue(ontology.hasProperty(property), "The ontology lacks " + property);
        }
    }

    @Test
    void everyClassAndPropertyHasEnglishLabelAndComment() {
        for (Resource term : declaredTerms()) {
            assertTrue(term.hasProperty(RDFS.label) && term.getProperty(RDFS.label).getLanguage().equals("en"),
                    term + " has no English label");
            assertTrue(term.hasProperty(RDFS.comment) || term.hasProperty(SKOS.definition), term + " has no comment");
        }
    }

    @Test
    void everyPropertyHasADomainAndObjectPropertiesARange() {
        ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEach(p -> {
            assertTrue(p.hasProperty(RDFS.domain), p + " has no domain");
            assertTrue(p.hasProperty(RDFS.range) || p.equals(R2P.mentions), p + " has no range");
        });
        ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty)
                .forEach(p -> assertTrue(p.hasProperty(RDFS.domain) && p.hasProperty(RDFS.range), p + " lacks domain or range"));
    }

    @Test
    void pillarsAreIndividualsWithDefinitions() {
        for (Resource pillar : new Resource[] {R2P.PillarOne, R2P.PillarTwo, R2P.PillarThree}) {
            Resource inOntology = ONTOLOGY.getResource(pillar.getURI());
            assertTrue(inOntology.hasProperty(RDF.type, R2P.Pillar));
            assertTrue(inOntology.hasProperty(SKOS.definition));
        }
    }

    @Test
    void vocabularyClassMirrorsOntologyFile() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : R2P.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Resource r) {
                constants.add(r.getURI());
            }
        }
        Set<String> declared = new TreeSet<>();
        declaredTerms().forEach(t -> declared.add(t.getURI()));
        ONTOLOGY.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(R2P.NS))
                .forEach(s -> declared.add(s.getURI()));
        assertEquals(declared, constants);
    }

    @Test
    void seedGraphUsesOnlyDeclaredTerms() {
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listSubjects().forEach(s -> {
            if (s.isURIResource()) {
                declared.add(s.getURI());
            }
        });
        Model data = ModelFactory.createModelForGraph(TestGraphs.seeds().union());
        Set<String> undeclared = new TreeSet<>();
        data.listStatements().forEach(st -> {
            check(st.getPredicate(), declared, undeclared);
            if (st.getPredicate().equals(RDF.type)) {
                check(st.getObject(), declared, undeclared);
            }
        });
        assertTrue(undeclared.isEmpty(), "Used but not declared: " + undeclared);
    }

    private static void check(RDFNode term, Set<String> declared, Set<String> undeclared) {
        if (term.isURIResource() && term.asResource().getURI().startsWith(R2P.NS) && !declared.contains(term.asResource().getURI())) {
            undeclared.add(term.asResource().getURI());
        }
    }

    private static Set<Resource> declaredTerms() {
        Set<Resource> terms = new java.util.LinkedHashSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(R2P.NS)).forEach(terms::add);
        }
        assertFalse(terms.isEmpty());
        return terms;
    }
}
