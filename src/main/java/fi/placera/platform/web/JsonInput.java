package fi.placera.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads text, choices and dates by the same rules as the pages ({@link TextInput}, {@link Formats#plausible}):
 * a string or a choice with a NUL character or a date such as +999999999-01-01 is a value of the wrong format, which
 * {@link ApiProblems} answers with 400 naming the field, instead of an error when the database refuses it.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JacksonModule placeraInputRules() {
        return new SimpleModule("placera-input-rules")
                .addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(LocalDate.class, new PlausibleDate())
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                        return new ChoiceWithoutNul(deserializer, type.getRawClass());
                    }
                });
    }

    /**
     * Jackson trims the name of a choice before it looks it up, so "HEALTH" followed by a NUL would be HEALTH: a choice
     * with a NUL is refused as text with one is.
     */
    private static final class ChoiceWithoutNul extends DelegatingDeserializer {

        private final Class<?> type;

        ChoiceWithoutNul(ValueDeserializer<?> delegatee, Class<?> type) {
            super(delegatee);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new ChoiceWithoutNul(delegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING) && TextInput.holdsNul(parser.getString())) {
                UnstorableInputEvents.refused(UnstorableInputEvents.NUL);
                return context.handleWeirdStringValue(type, parser.getString(), "a NUL character");
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (TextInput.holdsNul(text)) {
                UnstorableInputEvents.refused(UnstorableInputEvents.NUL);
                return (String) context.handleWeirdStringValue(String.class, text, "a NUL character");
            }
            return text;
        }
    }

    private static final class PlausibleDate extends LocalDateDeserializer {
        PlausibleDate() {
            super(DateTimeFormatter.ISO_LOCAL_DATE);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate day = super.deserialize(parser, context);
            if (day != null && !Formats.plausible(day)) {
                UnstorableInputEvents.refused(UnstorableInputEvents.ABSURD_DATE);
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getString(),
                        "a year outside " + Formats.FIRST_YEAR + "–" + Formats.LAST_YEAR);
            }
            return day;
        }
    }
}
