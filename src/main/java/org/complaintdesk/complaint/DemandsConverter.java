package org.complaintdesk.complaint;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the customer's demands as one comma-separated column: few values, never queried one by one. */
@Converter
class DemandsConverter implements AttributeConverter<Set<Demand>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Demand> demands) {
        return demands == null || demands.isEmpty() ? null
                : demands.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Demand> convertToEntityAttribute(String column) {
        EnumSet<Demand> demands = EnumSet.noneOf(Demand.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Demand::valueOf).forEach(demands::add);
        }
        return demands;
    }
}
