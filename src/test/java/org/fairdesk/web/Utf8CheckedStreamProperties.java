package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Utf8CheckedStream} accepts exactly what Java's strict UTF-8 decoder accepts, read in any size of chunk, and
 * passes the bytes through unchanged.
 */
class Utf8CheckedStreamProperties {

	@Property(tries = 2000)
	void accepts_exactly_what_a_reporting_decoder_accepts(@ForAll("nearlyUtf8") byte[] bytes,
			@ForAll @IntRange(min = 1, max = 9) int chunk) {
		byte[] passed = readThrough(bytes, chunk);

		Statistics.collect(decodes(bytes) ? "UTF-8" : "not UTF-8");
		Statistics.coverage(coverage -> {
			coverage.check("UTF-8").percentage(p -> p > 20);
			coverage.check("not UTF-8").percentage(p -> p > 20);
		});
		if (decodes(bytes)) {
			assertThat(passed).isEqualTo(bytes);
		}
		else {
			assertThat(passed).as("refused").isNull();
		}
	}

	@Property
	void every_code_point_encoded_by_java_passes(@ForAll @IntRange(min = 0, max = Character.MAX_CODE_POINT) int code) {
		if (Character.getType(code) == Character.SURROGATE) {
			return;
		}
		byte[] bytes = new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8);

		assertThat(readThrough(bytes, 1)).isEqualTo(bytes);
	}

	/** Valid characters, overlong forms, surrogates, stray and missing continuation bytes, mixed. */
	@Provide
	Arbitrary<byte[]> nearlyUtf8() {
		Arbitrary<byte[]> character = Arbitraries.integers()
			.between(0, Character.MAX_CODE_POINT)
			.filter(code -> Character.getType(code) != Character.SURROGATE)
			.map(code -> new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> odd = Arbitraries.of(List.of(new byte[] { (byte) 0xC0, (byte) 0x80 },
				new byte[] { (byte) 0xC1, (byte) 0xBF }, new byte[] { (byte) 0xE0, (byte) 0x9F, (byte) 0xBF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF0, (byte) 0x8F, (byte) 0xBF,
						(byte) 0xBF },
				new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0xF5 },
				new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xE2, (byte) 0x82 }, new byte[] { (byte) 0xFF }));
		Arbitrary<byte[]> anyByte = Arbitraries.bytes().map(b -> new byte[] { b });
		return Arbitraries.frequencyOf(Tuple.of(8, character), Tuple.of(1, odd),
				Tuple.of(1, anyByte))
			.list()
			.ofMaxSize(12)
			.map(parts -> {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				parts.forEach(out::writeBytes);
				return out.toByteArray();
			});
	}

	private static boolean decodes(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	/** What reading in chunks of the given size passes through, or null when the stream refused it. */
	private static byte[] readThrough(byte[] bytes, int chunk) {
		try (Utf8CheckedStream in = new Utf8CheckedStream(new ByteArrayInputStream(bytes))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[chunk];
			for (int read = in.read(buffer, 0, chunk); read >= 0; read = in.read(buffer, 0, chunk)) {
				out.write(buffer, 0, read);
			}
			return out.toByteArray();
		}
		catch (Utf8CheckedStream.NotUtf8Exception refused) {
			return null;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
