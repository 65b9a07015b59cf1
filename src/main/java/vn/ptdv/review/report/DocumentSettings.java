package vn.ptdv.review.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What the office fills in on the Word report, read from {@code document.*} of the report wording
 * ({@code conf/report/<lang>.conf}): the issuing body, the number and symbol, place and date, the
 * confidentiality mark, the signer and the recipients.
 *
 * @param parentBody      the body above the issuer, e.g. "THÀNH ỦY ĐÀ NẴNG"
 * @param body            the issuing body, e.g. "BAN TỔ CHỨC"
 * @param number          the registered number, blank until the clerk assigns one
 * @param symbol          e.g. "BC/BTCTU"
 * @param place           the place in the dateline, e.g. "Đà Nẵng"
 * @param date            the date of issue
 * @param confidentiality the secrecy mark ("MẬT"), blank for none
 * @param signerAuthority e.g. "K/T TRƯỞNG BAN", blank for none
 * @param signerTitle     e.g. "TRƯỞNG BAN"
 * @param signerName      blank when written by hand
 * @param recipients      the lines under "Nơi nhận:", without dash or punctuation
 */
public record DocumentSettings(String parentBody, String body, String number, String symbol, String place, LocalDate date,
        String confidentiality, String signerAuthority, String signerTitle, String signerName, List<String> recipients) {

    public DocumentSettings {
        recipients = List.copyOf(recipients);
    }

    /** The settings of {@code texts}; a blank {@code document.date} is {@code today}. */
    public static DocumentSettings from(ReportTexts texts, LocalDate today) {
        String date = texts.text("document.date").trim();
        LocalDate issued;
        try {
            issued = date.isEmpty() ? today : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("report/" + texts.lang() + ".conf: document.date must be YYYY-MM-DD or blank, got '"
                    + date + "'", e);
        }
        return new DocumentSettings(texts.text("document.parent-body").trim(), texts.text("document.body").trim(),
                texts.text("document.number").trim(), texts.text("document.symbol").trim(), texts.text("document.place").trim(), issued,
                texts.text("document.confidentiality").trim(), texts.text("document.signer.authority").trim(),
                texts.text("document.signer.title").trim(), texts.text("document.signer.name").trim(), texts.texts("document.recipients"));
    }
}
