package org.complaintdesk.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a domain service tells the process: a record whose components become process variables under the names
 * the model reads (the constants of {@link ComplaintHandling}, {@link EvidenceAndArbitration},
 * {@link RemedyExecution}). Services return these records, never maps of variables; {@link Steps} writes them.
 */
public interface ProcessFacts {

    /** The process variables, by the names the model uses. */
    Map<String, Object> variables();

    /**
     * Variables from pairs of name and value. A value may be null: the variable is declared, so that gateways
     * and forms can read it before anyone sets it.
     */
    static Map<String, Object> variables(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    /**
     * Sets those of the variables whose value differs from what the scope holds. At history level FULL the engine
     * writes a row of history for every value set, the value the variable already holds included, and the audit
     * trail would show it as a change ("remedy: REFUND_PARTIAL → REFUND_PARTIAL").
     */
    static void setChanged(VariableScope scope, Map<String, ?> variables) {
        scope.setVariables(changed(variables, scope::hasVariable, scope::getVariable));
    }

    /** {@link #setChanged}, for the scope's own variables (a task's, say): those of its parents are not looked at. */
    static void setChangedLocal(VariableScope scope, Map<String, ?> variables) {
        scope.setVariablesLocal(changed(variables, scope::hasVariableLocal, scope::getVariableLocal));
    }

    private static Map<String, Object> changed(Map<String, ?> variables, Predicate<String> has,
                                               Function<String, Object> held) {
        Map<String, Object> changed = new HashMap<>(variables);
        changed.entrySet().removeIf(variable -> has.test(variable.getKey())
                && Objects.equals(held.apply(variable.getKey()), variable.getValue()));
        return changed;
    }
}
