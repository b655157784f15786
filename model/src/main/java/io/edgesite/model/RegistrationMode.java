package io.edgesite.model;

/** How the host joins Palette: a token in user-data, an ID entered in Palette, or a QR code. */
public enum RegistrationMode implements Keyword {
    AUTO("auto"),
    MANUAL("manual"),
    QR("qr");

    private final String value;

    RegistrationMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
