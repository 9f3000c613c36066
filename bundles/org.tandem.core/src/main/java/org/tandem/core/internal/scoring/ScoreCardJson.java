package org.tandem.core.internal.scoring;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import org.tandem.api.scoring.ScoreCard;

/**
 * A score card as the JSON document that is stored when it is published and handed to data
 * exports: the record components by name, times as ISO-8601 instants, nulls written out.
 */
public final class ScoreCardJson {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe()).create();

    private ScoreCardJson() {
    }

    public static String write(ScoreCard card) {
        return GSON.toJson(card);
    }

    public static ScoreCard read(String json) {
        return GSON.fromJson(json, ScoreCard.class);
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return Instant.parse(in.nextString());
        }
    }
}
