package org.sirtdesk.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sirtdesk.core.shared.Severity;

/**
 * A declarative condition over an incident's facts: named {@link Condition}s combined with
 * {@code AND}, {@code OR}, {@code NOT} and parentheses. Written as text in the profile, e.g.
 * {@code CONFIRMED AND SEVERITY_AT_LEAST(HIGH)}; {@link #of(String)} parses it and rejects unknown
 * names at configuration time.
 */
public sealed interface Trigger permits Trigger.When, Trigger.All, Trigger.Any, Trigger.Not {

    boolean test(TriggerFacts facts);

    /** The canonical text of the trigger; {@code of(t.expression())} equals {@code t}. */
    String expression();

    static Trigger of(String expression) {
        return new Parser(expression).parse();
    }

    /** One named condition, with its argument where it takes one. */
    record When(Condition condition, String argument) implements Trigger {

        public When {
            if (condition == null) {
                throw new IllegalArgumentException("condition must be given");
            }
            if (condition.takesArgument() && (argument == null || argument.isBlank())) {
                throw new IllegalArgumentException(condition + " needs an argument");
            }
            if (!condition.takesArgument() && argument != null) {
                throw new IllegalArgumentException(condition + " takes no argument");
            }
            if (condition == Condition.SEVERITY_AT_LEAST) {
                Severity.valueOf(argument);
            }
        }

        @Override
        public boolean test(TriggerFacts facts) {
            return switch (condition) {
                case CONFIRMED -> facts.confirmed();
                case SEVERITY_AT_LEAST ->
                    facts.severity() != null && facts.severity().isAtLeast(Severity.valueOf(argument));
                case CATEGORY -> argument.equals(facts.category());
                case CYBER_ATTACK_SUSPECTED -> facts.cyberAttackSuspected();
                case PERSONAL_DATA_POSSIBLE -> facts.personalDataPossible();
                case PPC_REPORTABLE -> facts.ppcReportable();
                case MY_NUMBER_REPORTABLE -> facts.myNumberReportable();
                case UNLAWFUL_PURPOSE -> facts.unlawfulPurpose();
                case MAY_AFFECT_OTHERS -> facts.mayAffectOthers();
                case CYMAT_REQUESTED -> facts.cymatRequested();
            };
        }

        @Override
        public String expression() {
            return argument == null ? condition.name() : condition.name() + "(" + argument + ")";
        }
    }

    record All(List<Trigger> parts) implements Trigger {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(TriggerFacts facts) {
            return parts.stream().allMatch(p -> p.test(facts));
        }

        @Override
        public String expression() {
            return parts.stream().map(Parser::operand).collect(Collectors.joining(" AND "));
        }
    }

    record Any(List<Trigger> parts) implements Trigger {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(TriggerFacts facts) {
            return parts.stream().anyMatch(p -> p.test(facts));
        }

        @Override
        public String expression() {
            return parts.stream().map(Parser::operand).collect(Collectors.joining(" OR "));
        }
    }

    record Not(Trigger part) implements Trigger {
        @Override
        public boolean test(TriggerFacts facts) {
            return !part.test(facts);
        }

        @Override
        public String expression() {
            return "NOT " + Parser.operand(part);
        }
    }

    /** Recursive-descent parser: {@code or := and (OR and)*; and := unary (AND unary)*}. */
    final class Parser {
        private final String text;
        private final List<String> tokens;
        private int position;

        private Parser(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("trigger must not be blank");
            }
            this.text = text;
            this.tokens = tokenize(text);
        }

        static String operand(Trigger t) {
            return t instanceof When || t instanceof Not ? t.expression() : "(" + t.expression() + ")";
        }

        private static List<String> tokenize(String text) {
            var result = new ArrayList<String>();
            var i = 0;
            while (i < text.length()) {
                var c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    result.add(String.valueOf(c));
                    i++;
                } else if (Character.isLetterOrDigit(c) || c == '_') {
                    var start = i;
                    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                        i++;
                    }
                    result.add(text.substring(start, i).toUpperCase(Locale.ROOT));
                } else {
                    throw new IllegalArgumentException("unexpected '" + c + "' in trigger: " + text);
                }
            }
            return result;
        }

        Trigger parse() {
            var result = or();
            if (position != tokens.size()) {
                throw error("unexpected '" + tokens.get(position) + "'");
            }
            return result;
        }

        private Trigger or() {
            var parts = new ArrayList<Trigger>();
            parts.add(and());
            while (accept("OR")) {
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Any(parts);
        }

        private Trigger and() {
            var parts = new ArrayList<Trigger>();
            parts.add(unary());
            while (accept("AND")) {
                parts.add(unary());
            }
            return parts.size() == 1 ? parts.get(0) : new All(parts);
        }

        private Trigger unary() {
            if (accept("NOT")) {
                return new Not(unary());
            }
            if (accept("(")) {
                var inner = or();
                expect(")");
                return inner;
            }
            var name = next();
            Condition condition;
            try {
                condition = Condition.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw error("unknown condition '" + name + "'");
            }
            String argument = null;
            if (condition.takesArgument()) {
                expect("(");
                argument = next();
                expect(")");
            }
            try {
                return new When(condition, argument);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw error("expected '" + token + "'");
            }
        }

        private String next() {
            if (position >= tokens.size()) {
                throw error("unexpected end");
            }
            return tokens.get(position++);
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(message + " in trigger: " + text);
        }
    }
}
