package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.udf;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Pseudonymous member keys: HMAC-SHA-256 of the source member id under a secret key, as 32 hex
 * characters. Without the key the id cannot be recovered or recomputed; with the same key the same
 * member always gets the same key, so later drops join up.
 */
public final class Pseudonyms {
    private Pseudonyms() {}

    /** Public key used only for the generated sample, whose people do not exist. */
    public static final String SAMPLE_KEY = "sample-data-only-not-a-secret";
    static final String ALGORITHM = "HmacSHA256";
    static final int KEY_HEX_CHARS = 32;

    public static String memberKey(byte[] secret, String memberId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal(memberId.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, KEY_HEX_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** A Spark function mapping a raw member id to its key (null stays null). */
    public static UserDefinedFunction memberKeyFunction(String secret) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        return udf((UDF1<String, String>) id -> id == null || id.isBlank() ? null : memberKey(key, id),
                DataTypes.StringType);
    }
}
