package org.complaintdesk.system;

import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.complaintdesk.complaint.AuditedAct;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Every completion of a user task of a case — in Tasklist, over engine REST, or from code — goes through here,
 * before the engine sets a single variable:
 * <ol>
 *   <li>it is done by an authenticated user, who is the task's assignee: an unassigned task is claimed for them
 *       first (so ownership and separation-of-duties rules see who works it), a task assigned to someone else
 *       is refused (403);</li>
 *   <li>it sets only the variables the task's form declares ({@link DeclaredFormFields}); anything else — a
 *       complaint number, a desk, a priority, a ruling flag — is refused (400) and nothing changes;</li>
 *   <li>values are what a form field holds: text (at most 4,000 characters), numbers, booleans, dates;</li>
 *   <li>the fields agree with each other as the form's rules say ({@link FormRules}: a reason when rejecting,
 *       notes when an inspection fails, a remedy that fits the ruling, ...), with a message Tasklist shows;</li>
 *   <li>a refusal by the desk's own checks (a task listener's {@link InvalidRequestException} or
 *       {@link ConflictException}) answers 400 with its reason instead of a server error.</li>
 * </ol>
 * Completing, submitting a form and resolving a delegated task are the only ways a task sets variables for users
 * without {@code UPDATE} on tasks, which only administrators have. A completion that went through is announced to
 * the audit log ({@link AuditedAct} {@code TASK_COMPLETED}: who, which task, the submitted values) in its transaction.
 */
@Component
class TaskCompletionGuard extends AbstractProcessEnginePlugin {

    /** Camunda stores text variables up to 4,000 characters. */
    static final int MAX_TEXT = 4_000;

    private static final Set<ValueType> FORM_VALUE_TYPES = Set.of(ValueType.STRING, ValueType.BOOLEAN,
            ValueType.INTEGER, ValueType.LONG, ValueType.SHORT, ValueType.DOUBLE, ValueType.DATE, ValueType.NULL);

    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

    private final DeclaredFormFields forms = new DeclaredFormFields();
    private final ApplicationEventPublisher publisher;

    TaskCompletionGuard(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new Interceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        List<CommandInterceptor> outer = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        outer.add(new ConflictingCompletions());
        configuration.setCustomPreCommandInterceptorsTxRequired(outer);
    }

    /** A task completion the desk refuses: 400 over engine REST (the engine's form validation error). */
    static final class Refused extends FormFieldValidationException {

        Refused(String message) {
            super("task-completion-refused", message);
        }
    }

    /**
     * Someone else completed the task first, or at the same moment: 409 over engine REST (which answers a
     * {@link RestException} with its status), with Camunda's JSON shape that Tasklist shows. Nothing of the loser's
     * completion was recorded: its transaction rolled back.
     */
    static final class AlreadyCompleted extends RestException {

        AlreadyCompleted(String taskId, Exception cause) {
            super(Response.Status.CONFLICT, cause, "Task " + taskId + " was already completed by someone else, or at "
                    + "the same moment; nothing you entered was recorded. Reload the task list.");
        }
    }

    /**
     * Around the whole command, its transaction's commit included: two completions of one task that ran at the
     * same moment collide on the rows they both change (the task, the case, the complaint) only when the second
     * writes or commits — as the engine's or Hibernate's optimistic lock, or as a lock wait that timed out.
     */
    private static final class ConflictingCompletions extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
                return next.execute(command);
            }
            String taskId = (String) read(command instanceof CompleteTaskCmd ? COMPLETE_TASK_ID : SUBMIT_TASK_ID, command);
            try {
                return next.execute(command);
            } catch (OptimisticLockingException | ConcurrencyFailureException e) {
                throw new AlreadyCompleted(taskId, e);
            } catch (RestException | FormFieldValidationException | AuthorizationException e) {
                throw e; // the desk's own answers
            } catch (RuntimeException e) {
                // the other completion committed while this one ran, and this one tripped over what it left (on
                // PostgreSQL a task listener can meet the case already moved on) before any lock told it so
                if (taskId != null && completedMeanwhile(taskId)) {
                    throw new AlreadyCompleted(taskId, e);
                }
                throw e;
            }
        }

        /** Whether the task is completed now, in a transaction of its own: this one's was rolled back. */
        private boolean completedMeanwhile(String taskId) {
            return next.execute(context -> {
                HistoricTaskInstanceEntity done = context.getHistoricTaskInstanceManager()
                        .findHistoricTaskInstanceById(taskId);
                return done != null && TaskEntity.DELETE_REASON_COMPLETED.equals(done.getDeleteReason());
            });
        }
    }

    private final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                if (command instanceof CompleteTaskCmd) { // also resolving a delegated task
                    return complete(command, (String) read(COMPLETE_TASK_ID, command),
                            cast(read(COMPLETE_VARIABLES, command)));
                }
                if (command instanceof SubmitTaskFormCmd) {
                    return complete(command, (String) read(SUBMIT_TASK_ID, command),
                            cast(read(SUBMIT_VARIABLES, command)));
                }
                return next.execute(command);
            } catch (RuntimeException e) {
                throw translate(e);
            }
        }

        private <T> T complete(Command<T> command, String taskId, Map<String, Object> variables) {
            CommandContext context = Context.getCommandContext();
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task == null && taskId != null) {
                HistoricTaskInstanceEntity done = context.getHistoricTaskInstanceManager()
                        .findHistoricTaskInstanceById(taskId);
                if (done != null && TaskEntity.DELETE_REASON_COMPLETED.equals(done.getDeleteReason())) {
                    throw new AlreadyCompleted(taskId, null); // the other completion committed before this one began
                }
            }
            if (task == null || task.getProcessInstanceId() == null) {
                return next.execute(command); // the engine answers "not found"; standalone tasks are not the desk's
            }
            String user = context.getAuthenticatedUserId();
            if (user == null) {
                throw new AuthorizationException("Task '" + task.getName() + "' can only be completed by an "
                        + "authenticated user.");
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task); // before anything about the task is told
            }
            if (task.getAssignee() == null) {
                new ClaimTaskCmd(taskId, user).execute(context); // ownership and assignment rules see who works it
            } else if (!task.getAssignee().equals(user)) {
                throw new AuthorizationException("Task '" + task.getName() + "' is assigned to " + task.getAssignee()
                        + "; only they can complete it. Ask a supervisor to reassign it.");
            }
            checkVariables(context, task, variables);
            String complaintNo = task.getProcessInstance().getBusinessKey(); // read while the instance still runs
            try {
                T result = next.execute(command);
                audit(complaintNo, task, user, variables);
                return result;
            } catch (RuntimeException e) {
                RuntimeException cause = translate(e);
                if (cause instanceof InvalidRequestException invalid) {
                    throw new Refused("Cannot complete '" + task.getName() + "': " + describe(invalid.violations())
                            + ". Nothing was changed.");
                }
                if (cause instanceof ConflictException conflict) {
                    throw new Refused("Cannot complete '" + task.getName() + "': " + conflict.getMessage());
                }
                throw cause; // a concurrent change: ConflictingCompletions answers it
            }
        }

        private void audit(String complaintNo, TaskEntity task, String user, Map<String, Object> variables) {
            Map<String, Object> values = new LinkedHashMap<>();
            if (variables != null) {
                VariableMap typed = Variables.fromMap(variables);
                new TreeSet<>(typed.keySet()).forEach(name -> values.put(name, typed.get(name) instanceof Date date
                        ? date.toInstant().toString() : typed.get(name)));
            }
            publisher.publishEvent(new AuditedAct(complaintNo, "TASK_COMPLETED", user,
                    Map.of("task", task.getTaskDefinitionKey(), "taskName", String.valueOf(task.getName()),
                            "processInstanceId", task.getProcessInstanceId(), "fields", List.copyOf(values.keySet())),
                    Map.of("values", values)));
        }

        private void checkVariables(CommandContext context, TaskEntity task, Map<String, Object> variables) {
            if (variables == null || variables.isEmpty()) {
                return;
            }
            DeclaredFormFields.Fields form = forms.of(context, task.getId());
            VariableMap typed = Variables.fromMap(variables);
            Set<String> undeclared = new TreeSet<>();
            List<String> problems = new ArrayList<>();
            for (String name : typed.keySet()) {
                TypedValue value = typed.getValueTyped(name);
                if (form.editable().contains(name)) {
                    checkValue(name, value, problems);
                } else if (form.readOnly().contains(name)) {
                    if (!Objects.equals(value.getValue(), task.getVariable(name))) {
                        problems.add(name + " is read-only in the form");
                    }
                } else {
                    undeclared.add(name);
                }
            }
            if (!undeclared.isEmpty()) {
                problems.add(0, "its form " + form.form() + " does not declare " + String.join(", ", undeclared)
                        + " (it declares " + (form.editable().isEmpty() ? "nothing" : String.join(", ", form.editable()))
                        + ")");
            }
            problems.addAll(FormRules.check(form.form(), typed)); // the rules the form checks as the agent types
            if (!problems.isEmpty()) {
                throw new Refused("Cannot complete '" + task.getName() + "': " + String.join("; ", problems)
                        + ". Nothing was changed.");
            }
        }

        private static void checkValue(String name, TypedValue value, List<String> problems) {
            Object raw = value == null ? null : value.getValue();
            boolean formValue = value == null || (value.getType() != null ? FORM_VALUE_TYPES.contains(value.getType())
                    : raw == null || raw instanceof String || raw instanceof Boolean || raw instanceof Integer
                    || raw instanceof Long || raw instanceof Short || raw instanceof Double || raw instanceof Date);
            if (!formValue) {
                problems.add(name + " must be text, a number, true/false or a date");
            } else if (raw instanceof String text && text.length() > MAX_TEXT) {
                problems.add(name + " must be at most " + MAX_TEXT + " characters");
            }
        }
    }

    /**
     * The engine wraps what a task listener throws in a generic exception (a server error over REST); the desk's
     * own refusals come out as themselves: a denied step as the engine's authorization error (403).
     */
    private static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthorizationException || t instanceof InvalidRequestException || t instanceof RestException
                    || t instanceof ConflictException || t instanceof Refused || t instanceof ConcurrencyFailureException) {
                return (RuntimeException) t;
            }
        }
        return e;
    }

    private static String describe(List<InvalidRequestException.FieldViolation> violations) {
        return String.join("; ", violations.stream().map(v -> v.field() + " " + v.message()).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object variables) {
        return (Map<String, Object>) variables;
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine's commands keep their arguments in protected fields; fail at start-up if a version renames one. */
    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field '" + name
                    + "': the task completion guard does not fit this engine version", e);
        }
    }
}
