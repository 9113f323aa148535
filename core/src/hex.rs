//! Hexadecimal digits, written and read in one place: a clinic's colour
//! (`#1f6f5c`), percent escapes in an address (`%2F`) and the ticked options
//! in the compact answers kept in the tab (`x1c`).

/// Digits for colours and stored answers.
pub const LOWER: &[u8; 16] = b"0123456789abcdef";
/// Digits for percent escapes, as RFC 3986 recommends.
pub const UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// Appends the two digits of a byte, high first.
pub fn push_byte(out: &mut String, byte: u8, digits: &[u8; 16]) {
    out.push(char::from(digits[usize::from(byte >> 4)]));
    out.push(char::from(digits[usize::from(byte & 15)]));
}

/// The value of one digit, in either case.
pub fn digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The byte written as two digits, high first.
pub fn byte(high: u8, low: u8) -> Option<u8> {
    Some(digit(high)? << 4 | digit(low)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_survives_both_cases() {
        for b in 0..=255u8 {
            for digits in [LOWER, UPPER] {
                let mut text = String::new();
                push_byte(&mut text, b, digits);
                let [high, low] = text.as_bytes() else { panic!("{text}") };
                assert_eq!(byte(*high, *low), Some(b));
            }
        }
    }

    #[test]
    fn only_hex_digits_are_read() {
        assert_eq!(digit(b'g'), None);
        assert_eq!(digit(b'G'), None);
        assert_eq!(digit(b'/'), None);
        assert_eq!(byte(b'f', b' '), None);
        for b in 0..=255u8 {
            assert_eq!(digit(b).map(u32::from), char::from(b).to_digit(16), "{b}");
        }
    }
}
