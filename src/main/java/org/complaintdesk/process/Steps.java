package org.complaintdesk.process;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The desk's steps: service tasks that do one thing for the complaint their case runs on. A feature declares
 * each step as a bean named like its element template ({@code .camunda/element-templates}), built here from
 * the domain service method it calls, instead of a delegate class per step that only forwards:
 *
 * <pre>{@code
 * @Bean JavaDelegate recordWithdrawalDelegate(Withdrawals withdrawals) {
 *     return Steps.onCase("Record withdrawal", withdrawals::record);
 * }
 * }</pre>
 *
 * Steps that read process variables are their own {@code *Delegate} classes and read them through
 * {@link Variable}.
 */
public final class Steps {

    /** A step that works on the case's complaint and tells the process nothing. */
    public static JavaDelegate onCase(String name, Consumer<String> work) {
        Objects.requireNonNull(work);
        return new Step(name, execution -> work.accept(CaseKey.of(execution)));
    }

    /**
     * A step whose outcome the process reads: the facts the service returns become process variables (those that
     * changed: {@link ProcessFacts#setChanged}).
     */
    public static JavaDelegate settingFacts(String name, Function<String, ? extends ProcessFacts> work) {
        Objects.requireNonNull(work);
        return new Step(name, execution -> ProcessFacts.setChanged(execution,
                work.apply(CaseKey.of(execution)).variables()));
    }

    /** One step; its name appears in logs and incidents instead of a lambda's class name. */
    private record Step(String name, Consumer<DelegateExecution> body) implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            body.accept(execution);
        }

        @Override
        public String toString() {
            return "step \"" + name + "\"";
        }
    }

    private Steps() {
    }
}
