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
import org.concord.forecast.model.ActorId;
import org.concord.shared.Iso3;

import java.util.Set;

/** The one JSON configuration of Concord: strict on input (unknown fields are errors), no nulls on output. */
public final class Json {
    private static final ObjectMapper MAPPER = withModelTypes(configure(JsonMapper.builder().build()));
    /**
     * SnakeYAML reads at most 3 MB (code points) of a document by default, so an export of a register past that size
     * could not be imported back; JSON has no such limit, and a register file is the operator's own. Aliases stay
     * limited (SnakeYAML's default), which is what guards against alias bombs.
     */
    private static final int YAML_CODE_POINT_LIMIT = Integer.MAX_VALUE;
    private static final ObjectMapper YAML = configure(new ObjectMapper(YAMLFactory.builder().loaderOptions(yamlLoaderOptions()).build()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)));

    private static org.yaml.snakeyaml.LoaderOptions yamlLoaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(YAML_CODE_POINT_LIMIT);
        return options;
    }

    private Json() {}

    public static ObjectMapper mapper() { return MAPPER; }

    /**
     * The typed codes that travel as plain JSON strings ({@code "ALB"}, never {@code {"value":"ALB"}}), read back
     * through their validating factories; the OpenAPI document describes them as strings too.
     */
    public static final Set<Class<?>> STRING_CODES = Set.of(Iso3.class, ActorId.class);

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
        codes.addSerializer(ActorId.class, new ToStringSerializer(ActorId.class));
        codes.addDeserializer(ActorId.class, new FromStringDeserializer<>(ActorId.class) {
            @Override protected ActorId _deserialize(String value, DeserializationContext ctxt) { return ActorId.of(value); }
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
