package org.complaintdesk.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its type: how the model stores it (text for codes and ISO-8601 periods, numbers,
 * flags) and the Java type a step reads and writes. Steps use these instead of casting
 * {@code getVariable(String)}, so a wrong type or a missing value fails with the variable's name.
 *
 * @param <T> what steps read and write
 */
public final class Variable<T> {

    private final String name;
    private final Class<?> stored;
    private final Function<Object, T> read;
    private final Function<T, Object> write;

    private Variable(String name, Class<?> stored, Function<Object, T> read, Function<T, Object> write) {
        this.name = Objects.requireNonNull(name);
        this.stored = stored;
        this.read = read;
        this.write = write;
    }

    public static Variable<String> text(String name) {
        return new Variable<>(name, String.class, String.class::cast, v -> v);
    }

    public static Variable<Boolean> flag(String name) {
        return new Variable<>(name, Boolean.class, Boolean.class::cast, v -> v);
    }

    /** A whole number the model may hold as integer or long. */
    public static Variable<Long> number(String name) {
        return new Variable<>(name, Number.class, v -> ((Number) v).longValue(), v -> v);
    }

    /**
     * An amount of money, stored as a number because forms show and submit it as one; read through its decimal
     * text, so that 12.3 reads as 12.30 would, never as 12.2999….
     */
    public static Variable<BigDecimal> amount(String name) {
        return new Variable<>(name, Number.class, v -> new BigDecimal(v.toString()), BigDecimal::doubleValue);
    }

    /** A period such as {@code PT48H}, stored as ISO-8601 text (how decision tables give it). */
    public static Variable<Duration> period(String name) {
        return new Variable<>(name, String.class, v -> Duration.parse((String) v), Duration::toString);
    }

    /** A point in time, stored as a date so that timers and Tasklist read it. */
    public static Variable<Instant> time(String name) {
        return new Variable<>(name, Date.class, v -> ((Date) v).toInstant(), Date::from);
    }

    /** A code of an enum, stored as its name. */
    public static <E extends Enum<E>> Variable<E> code(String name, Class<E> type) {
        return new Variable<>(name, String.class, v -> Enum.valueOf(type, (String) v), Enum::name);
    }

    public String name() {
        return name;
    }

    /** The value, or null when the variable is not set. */
    public T find(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (!stored.isInstance(value)) {
            throw new IllegalStateException("Process variable " + name + " holds a " + value.getClass().getSimpleName()
                    + ", not a " + stored.getSimpleName());
        }
        try {
            return read.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Process variable " + name + " holds " + value + ", which is not a "
                    + stored.getSimpleName() + " the desk can read", e);
        }
    }

    /** @throws IllegalStateException when the variable is not set: the model lost the step that sets it */
    public T get(VariableScope scope) {
        T value = find(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable " + name + " is not set");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value == null ? null : write.apply(value));
    }

    /** The value as the model stores it, for {@link ProcessFacts#variables()}. */
    public Object stored(T value) {
        return value == null ? null : write.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
