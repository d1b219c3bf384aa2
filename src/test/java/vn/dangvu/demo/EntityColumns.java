package vn.dangvu.demo;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The columns a JPA entity's persistent fields are stored in, named as Hibernate names them here (a
 * field's {@code @Column(name)}, or its name in snake case), embedded objects included. The generator
 * makes its rows with the entities' own constructors and lifecycle methods, so that they keep the rules
 * the application keeps, and reads the values back through this.
 */
final class EntityColumns {

    private static final ClassValue<EntityColumns> CACHE = new ClassValue<>() {
        @Override
        protected EntityColumns computeValue(Class<?> type) {
            return new EntityColumns(type);
        }
    };

    private record Mapped(Field field, String column, EntityColumns embedded) {}

    private final List<Mapped> fields = new ArrayList<>();

    private EntityColumns(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Transient.class)
                        || field.isAnnotationPresent(ElementCollection.class)) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                if (column != null && !column.insertable()) {
                    continue;
                }
                field.setAccessible(true);
                fields.add(new Mapped(
                        field,
                        column != null && !column.name().isEmpty() ? column.name() : snakeCase(field.getName()),
                        field.isAnnotationPresent(Embedded.class) ? of(field.getType()) : null));
            }
        }
    }

    static EntityColumns of(Class<?> type) {
        return CACHE.get(type);
    }

    /** Each persistent field's column and value. */
    void forEach(Object entity, BiConsumer<String, Object> action) {
        for (Mapped mapped : fields) {
            Object value;
            try {
                value = mapped.field().get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (mapped.embedded() == null) {
                action.accept(mapped.column(), value);
            } else if (value != null) {
                mapped.embedded().forEach(value, action);
            }
        }
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
