package org.castellan.modems.sheet;

import org.castellan.modems.Imei;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "imei, IMEI", "IMEI, IMEI", "' Imei* ', IMEI", "IMEI:, IMEI",
        "channel, CHANNEL", "Канал, CHANNEL", "通道, CHANNEL",
        "name, NAME", "Название, NAME", "ИМЯ, NAME", "名称, NAME",
        "Organization, ORGANIZATION", "Организация, ORGANIZATION", "组织, ORGANIZATION",
        "site, SITE", "Объект, SITE", "站点, SITE",
        "phone, PHONE", "Телефон, PHONE", "номер SIM, PHONE", "Номер  SIM, PHONE", "电话, PHONE",
        "model, MODEL", "Модель, MODEL", "型号, MODEL",
        "poller port, POLLER_PORT", "Poller_Port, POLLER_PORT", "poller-port, POLLER_PORT", "port, POLLER_PORT",
        "Порт, POLLER_PORT", "端口, POLLER_PORT",
        "sharing, SHARING", "Доступ, SHARING", "共享, SHARING",
        "notes, NOTES", "Примечание, NOTES", "备注, NOTES",
    })
    void headersAreMatchedCaseInsensitivelyInEnglishRussianAndChinese(String header, Column column) {
        assertThat(Column.forHeader(header)).contains(column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ICCID", "imei2", "порты", "", "  "})
    void otherHeadersAreUnknown(String header) {
        assertThat(Column.forHeader(header)).isEmpty();
    }
}
