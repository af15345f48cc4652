package org.complaintdesk.merchant;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
import org.complaintdesk.process.Variable;
import org.springframework.stereotype.Component;

/** Service task "Ask merchant for its side": the window comes from service-levels ({@code merchantAnswerWithin}). */
@Component("askMerchantDelegate")
class AskMerchantDelegate implements JavaDelegate {

    private static final Variable<Duration> WITHIN = Variable.period(Var.MERCHANT_ANSWER_WITHIN);

    private final MerchantQuestions questions;

    AskMerchantDelegate(MerchantQuestions questions) {
        this.questions = questions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts.setChanged(execution, questions.ask(CaseKey.of(execution), WITHIN.get(execution)).variables());
    }
}
