package org.sirtdesk.api.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read strictly: a number or boolean where text is expected, a number where a date is
 * expected, or a number where a yes/no is expected is a wrong type, not something to convert.
 */
@Configuration
public class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder.deserializerByType(OffsetDateTime.class, new TextOnlyOffsetDateTime())
                .postConfigurer(mapper -> {
                    for (var type :
                            new LogicalType[] {LogicalType.Textual, LogicalType.DateTime, LogicalType.Boolean}) {
                        var coercion = mapper.coercionConfigFor(type);
                        coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                        coercion.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                        coercion.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Integer)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Integer)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                });
    }

    /** ISO-8601 text only: the JSR-310 reader would take a bare number as seconds since 1970. */
    static final class TextOnlyOffsetDateTime extends StdDeserializer<OffsetDateTime> {

        TextOnlyOffsetDateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
        }
    }
}
