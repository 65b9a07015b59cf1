package vn.ptdv.review.silver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymsTest {
    @Test
    void memberKeyIsHmacSha256TruncatedTo32HexCharacters() {
        // RFC 4231 test case 2: HMAC-SHA-256(key "Jefe", "what do ya want for nothing?")
        // = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
        String key = Pseudonyms.memberKey("Jefe".getBytes(StandardCharsets.UTF_8), "what do ya want for nothing?");
        assertThat(key).isEqualTo("5bdcc146bf60754e6a042426089575c7");
    }

    @Test
    void sameIdUnderAnotherSecretGetsAnotherKey() {
        byte[] a = "secret-a".getBytes(StandardCharsets.UTF_8);
        byte[] b = "secret-b".getBytes(StandardCharsets.UTF_8);
        assertThat(Pseudonyms.memberKey(a, "DV00000001")).isNotEqualTo(Pseudonyms.memberKey(b, "DV00000001"));
        assertThat(Pseudonyms.memberKey(a, " DV00000001 ")).isEqualTo(Pseudonyms.memberKey(a, "DV00000001"));
    }

    @Test
    void theSparkFunctionReusesItsKeyedHashWithoutCarryingStateFromOneIdToTheNext() throws Exception {
        // One Mac per thread, reset by each doFinal: after other ids, RFC 4231 case 2 still gives its known
        // answer (5bdcc146bf60754e6a042426089575c7..., as in the test above), and the same id the same key.
        Pseudonyms.MemberKey f = new Pseudonyms.MemberKey("Jefe".getBytes(StandardCharsets.UTF_8));
        String other = f.call("DV00000001");
        assertThat(f.call("what do ya want for nothing?")).isEqualTo("5bdcc146bf60754e6a042426089575c7");
        assertThat(f.call("DV00000002")).isNotEqualTo(other);
        assertThat(f.call("DV00000001")).isEqualTo(other);
        assertThat(f.call(null)).isNull();
        assertThat(f.call("  ")).isNull();
    }
}
