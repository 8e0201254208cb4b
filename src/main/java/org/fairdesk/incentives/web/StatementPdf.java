package org.fairdesk.incentives.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fairdesk.incentives.Statement;
import org.fairdesk.incentives.StatementLine;

/**
 * One statement as a PDF page (more when its lines need them), written with Apache PDFBox: the team, the rep, the
 * month, the plan version and whether it is closed or provisional, a table of its lines (label, calculation wrapped,
 * amount) and the payout. The text is real text, so it can be searched, copied and read back (the tests do, with
 * PDFBox's text stripper).
 * <p>
 * The font is Helvetica, one of the PDF standard fonts every reader has, so nothing is embedded; it writes the
 * Windows-1252 (WinAnsi) characters only. Anything else is replaced, never dropped silently and never an error: an
 * accented letter outside that set by its base letter (ő as o), a compatibility form by the character it stands for
 * (the full-width yen sign ￥ that Java writes for ja-JP as ¥, a narrow no-break space as a space), anything else (an
 * emoji, Cyrillic) by {@code ?}. Names such as Zoë or Ørsted are within the set and come out as they are.
 */
final class StatementPdf {

	private static final PDRectangle SIZE = PDRectangle.A4;
	private static final float MARGIN = 50;
	private static final float LABEL_X = MARGIN;
	private static final float LABEL_WIDTH = 150;
	private static final float CALC_X = LABEL_X + LABEL_WIDTH + 10;
	private static final float CALC_WIDTH = 245;
	private static final float RIGHT = SIZE.getWidth() - MARGIN;
	private static final float TEXT = 9;
	private static final float LEADING = 11.5f;

	private final PDDocument document = new PDDocument();
	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private @org.jspecify.annotations.Nullable PDPageContentStream page;
	private float y;
	private java.util.Locale locale = org.fairdesk.people.Team.DEFAULT_LOCALE;

	private StatementPdf() {
	}

	/** The statement as the bytes of a PDF file, its money written as en-GB writes it. */
	static byte[] of(Statement statement, String teamName) {
		return of(statement, teamName, org.fairdesk.people.Team.DEFAULT_LOCALE);
	}

	/** The statement as the bytes of a PDF file, its money written as the team's locale writes it. */
	static byte[] of(Statement statement, String teamName, java.util.Locale locale) {
		StatementPdf pdf = new StatementPdf();
		pdf.locale = locale;
		try (PDDocument document = pdf.document) {
			pdf.write(statement, teamName);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the statement of " + statement.repName() + " as PDF", e);
		}
	}

	private void write(Statement statement, String teamName) throws IOException {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(winAnsi("Statement " + statement.repName() + " " + statement.period()));
		info.setCreator("Fairdesk");
		newPage();
		text(bold, 16, MARGIN, "Statement: " + statement.repName() + ", " + statement.period());
		y -= 24;
		field("Team", teamName);
		field("Rep", statement.repName());
		field("Period", statement.period().toString());
		field("Plan", statement.planName() + ", version " + statement.planVersion());
		field("Status", statement.provisional()
				? "Provisional: computed from the month's facts as they stand; it may still change"
				: "Closed: stored when the month was closed; it does not change");
		y -= 10;
		tableHeader();
		for (StatementLine line : statement.lines()) {
			row(line.label(), line.calculation(), money(line.amount()),
					line.code() == StatementLine.Code.PAYOUT);
		}
		y -= 14;
		if (y < MARGIN + 20) {
			newPage();
		}
		text(bold, 12, MARGIN, "Payout: " + money(statement.payout()));
		page.close();
	}

	/** Money as the pages write it; a narrow no-break space (French) as the no-break space Helvetica has. */
	private String money(org.fairdesk.shared.@org.jspecify.annotations.Nullable Money amount) {
		return org.fairdesk.shared.MoneyFormat.format(amount, locale).replace('\u202f', '\u00a0');
	}

	private void field(String name, String value) throws IOException {
		text(bold, 10, MARGIN, name + ":");
		List<String> lines = wrap(regular, 10, value, SIZE.getWidth() - 2 * MARGIN - 60);
		for (String line : lines) {
			text(regular, 10, MARGIN + 60, line);
			y -= 14;
		}
	}

	private void tableHeader() throws IOException {
		text(bold, TEXT, LABEL_X, "Line");
		text(bold, TEXT, CALC_X, "Calculation");
		textRight(bold, TEXT, RIGHT, "Amount");
		y -= 4;
		page.moveTo(MARGIN, y);
		page.lineTo(RIGHT, y);
		page.stroke();
		y -= LEADING;
	}

	private void row(String label, String calculation, String amount, boolean emphasised) throws IOException {
		PDType1Font font = emphasised ? bold : regular;
		List<String> labels = wrap(font, TEXT, label, LABEL_WIDTH);
		List<String> calculations = wrap(regular, TEXT, calculation, CALC_WIDTH);
		int height = Math.max(labels.size(), calculations.size());
		if (y - (height - 1) * LEADING < MARGIN) {
			newPage();
			tableHeader();
		}
		for (int i = 0; i < height; i++) {
			if (i < labels.size()) {
				text(font, TEXT, LABEL_X, labels.get(i));
			}
			if (i < calculations.size()) {
				text(regular, TEXT, CALC_X, calculations.get(i));
			}
			if (i == 0 && !amount.isEmpty()) {
				textRight(font, TEXT, RIGHT, amount);
			}
			y -= LEADING;
		}
		y -= 3;
	}

	private void newPage() throws IOException {
		if (page != null) {
			page.close();
		}
		PDPage next = new PDPage(SIZE);
		document.addPage(next);
		page = new PDPageContentStream(document, next);
		page.setLineWidth(0.5f);
		y = SIZE.getHeight() - MARGIN;
	}

	private void text(PDType1Font font, float size, float x, String text) throws IOException {
		page.beginText();
		page.setFont(font, size);
		page.newLineAtOffset(x, y);
		page.showText(winAnsi(text));
		page.endText();
	}

	private void textRight(PDType1Font font, float size, float right, String text) throws IOException {
		String shown = winAnsi(text);
		text(font, size, right - width(font, size, shown), shown);
	}

	private static float width(PDType1Font font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** The text in lines no wider than {@code width}: broken at spaces, and inside a word only when it must be. */
	static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : winAnsi(text).split(" +")) {
			String candidate = line.length() == 0 ? word : line + " " + word;
			if (width(font, size, candidate) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(font, size, rest) > width) {
				int cut = rest.length() - 1;
				while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static final int MINUS_SIGN = '\u2212';

	/**
	 * The text in characters Helvetica can show (Windows-1252): control characters become spaces, the minus sign a
	 * hyphen-minus, a letter with an accent outside the set its base letter, a compatibility character its plain form
	 * (NFKD: the full-width yen sign U+FFE5 of ja-JP money is ¥, U+00A5, so no currency sign is lost), anything else
	 * {@code ?}.
	 */
	static String winAnsi(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
			if (Character.isISOControl(c) || Character.isWhitespace(c)) {
				shown.append(' ');
			}
			else if (WinAnsi.has(c)) {
				shown.appendCodePoint(c);
			}
			else if (c == MINUS_SIGN) {
				shown.append('-'); // the payout's and a pool threshold's arithmetic, which WinAnsi cannot show
			}
			else {
				String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD)
					.replaceAll("\\p{M}+", "");
				shown.append(!base.isEmpty() && base.codePoints().allMatch(WinAnsi::has) ? base : "?");
			}
		});
		return shown.toString();
	}

	/** Which characters Helvetica's WinAnsi encoding has, asked of PDFBox itself. */
	private static final class WinAnsi {

		private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		static boolean has(int codePoint) {
			if (codePoint < 0x80) {
				return codePoint >= 0x20;
			}
			try {
				FONT.encode(new String(Character.toChars(codePoint)));
				return true;
			}
			catch (IllegalArgumentException | IOException e) {
				return false;
			}
		}
	}
}
