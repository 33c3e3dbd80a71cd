package org.w3id.r2p.publish;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL {@code REPLACE} that the query timeout stops, like {@link StoppableRegex}. As in Jena, a match of the
 * empty string is replaced only once, and the result keeps the language tag of the input.
 */
final class StoppableReplace extends E_StrReplace {
    private final Pattern constantPattern;
    private final StopSignal stop;

    StoppableReplace(Expr text, Expr pattern, Expr replacement, Expr flags, StopSignal stop) {
        super(text, pattern, replacement, flags);
        this.stop = stop;
        this.constantPattern = StoppableRegex.isConstantString(pattern) && (flags == null || StoppableRegex.isConstantString(flags))
                ? StoppableRegex.compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = constantPattern != null ? constantPattern
                : StoppableRegex.compile(args.get(1), args.size() > 3 ? args.get(3) : null);
        Matcher matcher = pattern.matcher(new InterruptibleText(text.getLiteralLexicalForm(), stop));
        StringBuilder result = new StringBuilder();
        boolean replaced = false;
        try {
            while (matcher.find()) {
                if (replaced && matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(result, replacement);
                replaced = true;
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException badReplacement) {
            throw new ExprEvalException("REPLACE: " + badReplacement.getMessage());
        }
        if (!replaced) {
            return args.get(0);
        }
        matcher.appendTail(result);
        String language = text.getLiteralLanguage();
        return language.isEmpty() ? NodeValue.makeString(result.toString())
                : NodeValue.makeLangString(result.toString(), language);
    }

    @Override
    public Expr copy(ExprList args) {
        return new StoppableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, stop);
    }
}
