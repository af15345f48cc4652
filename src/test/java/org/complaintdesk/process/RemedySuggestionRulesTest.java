package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.process.ComplaintHandling.Decision;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.junit.jupiter.api.Test;

/**
 * {@code remedy-suggestion} runs after the investigation, on the responsible party it found: evaluated for every
 * input that can occur (each category, each party an agent may record, each demand), every rule fires for some.
 */
class RemedySuggestionRulesTest {

    @Test
    void everyRuleFiresForSomeInputThatCanOccur() throws IOException {
        Set<String> fired = new LinkedHashSet<>();
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> event.getMatchingRules().stream()
                .findFirst().ifPresent(rule -> fired.add(rule.getId()))));
        DmnEngine engine = configuration.buildEngine();
        DmnDecision decision;
        try (InputStream dmn = Files.newInputStream(Path.of("processes/remedy-suggestion.dmn"))) {
            decision = engine.parseDecision(Decision.REMEDY_SUGGESTION, dmn);
        }

        for (Category category : Category.values()) {
            for (ResponsibleParty party : ResponsibleParty.values()) {
                for (boolean refund : new boolean[] {false, true}) {
                    for (boolean exchange : new boolean[] {false, true}) {
                        engine.evaluateDecisionTable(decision, Variables.createVariables()
                                .putValue(Var.CATEGORY, category.name()).putValue(Var.RESPONSIBLE_PARTY, party.name())
                                .putValue("wantsRefund", refund).putValue("wantsExchange", exchange));
                    }
                }
            }
        }

        List<String> rules = ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
                .map(DmnDecisionTableRuleImpl::getId).toList();
        assertThat(fired).containsExactlyInAnyOrderElementsOf(rules);
    }
}
