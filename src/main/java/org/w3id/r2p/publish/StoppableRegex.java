package org.w3id.r2p.publish;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL {@code REGEX} that the query timeout stops: the same Java regular expression as Jena's, matched over
 * {@link InterruptibleText}. The pattern is compiled once when it is a constant.
 */
final class StoppableRegex extends E_Regex {
    private final Pattern constantPattern;
    private final StopSignal stop;

    /**
     * @param stop when to stop: the query's cancel signal, or its deadline for a regex that the optimizer
     *             evaluates early because its arguments are constants
     */
    StoppableRegex(Expr text, Expr pattern, Expr flags, StopSignal stop) {
        super(text, pattern, flags);
        this.stop = stop;
        this.constantPattern = isConstantString(pattern) && (flags == null || isConstantString(flags))
                ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    static boolean isConstantString(Expr expr) {
        return expr.isConstant() && expr.getConstant().isString();
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = constantPattern != null ? constantPattern
                : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        CharSequence input = new InterruptibleText(text.getLiteralLexicalForm(), stop);
        return NodeValue.booleanReturn(pattern.matcher(input).find());
    }

    /** The checks of Jena's REGEX: a string pattern, and flags among s, m, i, x and q. */
    static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException("REGEX: the pattern is not a string: " + pattern);
        }
        if (flags != null && (!flags.isString() || !flags.getString().matches("[smixq]*"))) {
            throw new ExprEvalException("REGEX: the flags must be a string of s, m, i, x and q: " + flags);
        }
        return RegexEngine.makePattern("Regex", pattern.getString(), flags == null ? null : flags.getString());
    }

    @Override
    public Expr copy(ExprList args) {
        return new StoppableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, stop);
    }
}
