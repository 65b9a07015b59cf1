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
        return memberKey(newMac(secret), memberId);
    }

    static String memberKey(Mac mac, String memberId) {
        byte[] digest = mac.doFinal(memberId.trim().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, KEY_HEX_CHARS / 2);
    }

    static Mac newMac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** A Spark function mapping a raw member id to its key (null stays null). */
    public static UserDefinedFunction memberKeyFunction(String secret) {
        return udf(new MemberKey(secret.getBytes(StandardCharsets.UTF_8)), DataTypes.StringType);
    }

    /**
     * The keyed hash as a Spark function. Looking up and keying a Mac costs more than hashing one id, and
     * a national roster has millions: each thread keeps one keyed Mac (doFinal resets it for the next id).
     */
    static final class MemberKey implements UDF1<String, String> {
        private final byte[] secret;
        private transient ThreadLocal<Mac> macs;

        MemberKey(byte[] secret) {
            this.secret = secret.clone();
        }

        @Override
        public String call(String id) {
            if (id == null || id.isBlank()) return null;
            if (macs == null) macs = ThreadLocal.withInitial(() -> newMac(secret));
            return memberKey(macs.get(), id);
        }
    }
}
