package org.sirtdesk.api.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void keepsNewlinesAndTabsButDropsOtherControlCharacters() {
        assertThat(FreeText.multiLine("a\u0000b\u0007c\td\ne\u001bf\u007fg\u0085h"))
                .isEqualTo("abc\td\nefgh");
    }

    @Test
    void turnsEveryKindOfLineBreakIntoANewline() {
        assertThat(FreeText.multiLine("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void dropsBidirectionalOverridesThatWouldDisguiseText() {
        assertThat(FreeText.multiLine("invoice\u202Efdp.exe\u2066x\u2069")).isEqualTo("invoicefdp.exex");
    }

    @Test
    void keepsJapaneseAndEmojiAsTheyAre() {
        assertThat(FreeText.multiLine("  不審なメール📧を開いた  ")).isEqualTo("不審なメール📧を開いた");
    }

    @Test
    void putsSingleLineFieldsOnOneLine() {
        assertThat(FreeText.singleLine("USB\r\n紛失\t\tについて")).isEqualTo("USB 紛失 について");
    }

    @Test
    void treatsBlankOptionalValuesAsNotGiven() {
        assertThat(FreeText.optionalLine(" \u0000 ")).isNull();
        assertThat(FreeText.optionalLine(null)).isNull();
        assertThat(FreeText.multiLine(null)).isNull();
    }
}
