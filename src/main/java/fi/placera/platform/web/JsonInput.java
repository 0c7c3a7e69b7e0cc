package fi.placera.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads text and dates by the same rules as the pages ({@link TextInput}, {@link Formats#plausible}): a
 * string with a NUL character or a date such as +999999999-01-01 is a value of the wrong format, which
 * {@link ApiProblems} answers with 400 naming the field, instead of an error when the database refuses it.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JacksonModule placeraInputRules() {
        return new SimpleModule("placera-input-rules")
                .addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(LocalDate.class, new PlausibleDate());
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
