package vn.dvc.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An entity's columns as its mapping names them (the field's {@code @Column} name, else the field's own name), read
 * from the entity class itself: a set-at-a-time statement over the table uses the one mapping the entity declares,
 * never a second hand-kept column list.
 */
final class EntityColumns<T> {

    private final List<Field> fields;
    private final List<String> names;

    private EntityColumns(List<Field> fields) {
        this.fields = fields;
        this.names = fields.stream().map(EntityColumns::columnOf).toList();
    }

    static <T> EntityColumns<T> of(Class<T> entity) {
        List<Field> persistent = Arrays.stream(entity.getDeclaredFields())
                // what bytecode enhancement adds is synthetic, transient or $$_-named: state of the ORM, not columns
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isAnnotationPresent(Transient.class) && !field.isSynthetic() && !field.getName().startsWith("$$_"))
                .toList();
        // Quarkus turns an entity's public fields into protected ones behind generated accessors
        persistent.forEach(field -> field.setAccessible(true));
        return new EntityColumns<>(persistent);
    }

    /** The column names, in the order {@link #valuesOf} gives the values. */
    List<String> names() {
        return names;
    }

    /** The entity's values as JDBC parameters, an instant as a timestamp. */
    List<?> valuesOf(T entity) {
        List<Object> values = new ArrayList<>(fields.size());
        for (Field field : fields) {
            try {
                Object value = field.get(entity);
                values.add(value instanceof Instant instant ? Timestamp.from(instant) : value instanceof Enum<?> constant
                        ? constant.name() : value);
            } catch (IllegalAccessException unreadable) {
                throw new IllegalStateException("The entity's field " + field.getName() + " is not readable", unreadable);
            }
        }
        return values;
    }

    private static String columnOf(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column == null || column.name().isEmpty() ? field.getName() : column.name();
    }
}
