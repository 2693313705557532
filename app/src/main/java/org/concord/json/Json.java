package org.concord.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.concord.shared.Iso3;

/** The one JSON configuration of Concord: strict on input (unknown fields are errors), no nulls on output. */
public final class Json {
    private static final ObjectMapper MAPPER = withModelTypes(configure(JsonMapper.builder().build()));
    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)));

    private Json() {}

    public static ObjectMapper mapper() { return MAPPER; }

    private static ObjectMapper withModelTypes(ObjectMapper m) {
        SealedTypes.register(m, org.concord.procedure.model.ProcedureEvent.class);
        SealedTypes.register(m, org.concord.procedure.model.DecisionItem.class);
        return m;
    }

    public static ObjectMapper yaml() { return YAML; }

    private static ObjectMapper configure(ObjectMapper m) {
        SimpleModule codes = new SimpleModule("concord-codes");
        codes.addSerializer(Iso3.class, new ToStringSerializer(Iso3.class));
        codes.addDeserializer(Iso3.class, new FromStringDeserializer<>(Iso3.class) {
            @Override protected Iso3 _deserialize(String value, DeserializationContext ctxt) { return Iso3.of(value); }
        });
        WireUnions.register(m);
        return m.registerModule(new JavaTimeModule()).registerModule(new Jdk8Module()).registerModule(codes)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS));
    }
}
