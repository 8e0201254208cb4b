package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Bearer secrets (survey links, API tokens) are long, random and URL-safe; only their SHA-256 is kept. */
class SecretTokensTests {

	@Test
	void aTokenCarries256RandomBitsInUrlSafeCharacters() {
		String token = SecretTokens.generate();
		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
		assertThat(SecretTokens.isWellFormed(token)).isTrue();
	}

	@Test
	void tokensDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(SecretTokens.generate())).isTrue();
		}
	}

	@Test
	void theStoredFormIsTheSha256InHex() {
		// FIPS 180-2's test vector for "abc".
		assertThat(SecretTokens.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		String token = SecretTokens.generate();
		assertThat(SecretTokens.sha256(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(SecretTokens.sha256(token))
			.isNotEqualTo(SecretTokens.sha256(SecretTokens.generate()));
	}

	@Test
	void anythingThatIsNotATokenIsRecognisedWithoutTheDatabase() {
		String token = SecretTokens.generate();
		assertThat(SecretTokens.isWellFormed(token.substring(1))).isFalse();
		assertThat(SecretTokens.isWellFormed(token + "A")).isFalse();
		assertThat(SecretTokens.isWellFormed(token.substring(1) + "=")).isFalse();
		assertThat(SecretTokens.isWellFormed(token.substring(1) + "/")).isFalse();
		assertThat(SecretTokens.isWellFormed("")).isFalse();
		assertThat(SecretTokens.isWellFormed("'; drop table survey; --")).isFalse();
	}
}
