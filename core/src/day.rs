//! The day a result was taken, as share links carry it: a count of days
//! from 1 January 2025 (day 1), so that 15 bits last until the 2110s.
//! Shown as an ISO date (2026-11-25), which reads the same in every language.

/// A calendar day from 2025-01-01 (day 1) on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(u16);

/// Days from 1970-01-01 to 2024-12-31.
const EPOCH_OFFSET: i64 = 20_088;
/// The largest day a link can hold (15 bits).
pub const MAX_DAY: u16 = 0x7fff;

impl Day {
    /// A day number as a link stores it; `None` for 0 (no date) or one
    /// beyond what 15 bits hold.
    pub fn from_number(number: u16) -> Option<Day> {
        (1..=MAX_DAY).contains(&number).then_some(Day(number))
    }

    pub fn number(self) -> u16 {
        self.0
    }

    /// The day (in UTC) of a time in milliseconds since 1970, as the
    /// browser's clock gives it; `None` before 2025 or for a clock that is
    /// far off.
    pub fn from_unix_millis(millis: f64) -> Option<Day> {
        if !millis.is_finite() {
            return None;
        }
        let days = (millis / 86_400_000.0).floor() as i64 - EPOCH_OFFSET;
        u16::try_from(days).ok().and_then(Day::from_number)
    }

    /// `YYYY-MM-DD`: the proleptic Gregorian date of this day.
    pub fn iso(self) -> String {
        let (year, month, day) = civil(i64::from(self.0) + EPOCH_OFFSET);
        let mut out = String::with_capacity(10);
        out.push_str(&year.to_string());
        for part in [month, day] {
            out.push('-');
            if part < 10 {
                out.push('0');
            }
            out.push_str(&part.to_string());
        }
        out
    }
}

/// Year, month and day of a count of days since 1970-01-01, by 400-year
/// eras of 146,097 days each (the Gregorian calendar repeats every era).
fn civil(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468; // from 0000-03-01, so leap days fall last
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153; // 0 = March
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY_MS: f64 = 86_400_000.0;

    #[test]
    fn day_one_is_the_first_of_january_2025() {
        // 2025-01-01T00:00:00Z is 1,735,689,600 seconds after 1970.
        let start = 1_735_689_600_000.0;
        assert_eq!(Day::from_unix_millis(start), Day::from_number(1));
        assert_eq!(Day::from_number(1).unwrap().iso(), "2025-01-01");
        assert_eq!(Day::from_unix_millis(start - 1.0), None, "2024 has no day number");
        assert_eq!(Day::from_unix_millis(start + DAY_MS - 1.0).unwrap().iso(), "2025-01-01");
    }

    #[test]
    fn known_dates() {
        let at = |millis: f64| Day::from_unix_millis(millis).unwrap().iso();
        // 2026-11-25T12:00:00Z
        assert_eq!(at(1_795_608_000_000.0), "2026-11-25");
        // 2028-02-29T00:00:00Z, a leap day
        assert_eq!(at(1_835_395_200_000.0), "2028-02-29");
        // 2100-03-01, after a century year that is not a leap year
        assert_eq!(at(4_107_542_400_000.0), "2100-03-01");
    }

    #[test]
    fn consecutive_days_never_repeat_or_skip_a_date() {
        let mut previous = Day::from_number(1).unwrap().iso();
        for n in 2..=MAX_DAY {
            let iso = Day::from_number(n).unwrap().iso();
            assert!(iso > previous, "{n}: {iso} after {previous}");
            let (_, month, day) = civil(i64::from(n) + EPOCH_OFFSET);
            assert!((1..=12).contains(&month) && (1..=31).contains(&day));
            previous = iso;
        }
    }

    #[test]
    fn out_of_range() {
        assert_eq!(Day::from_number(0), None);
        assert_eq!(Day::from_number(MAX_DAY + 1), None);
        assert_eq!(Day::from_unix_millis(f64::NAN), None);
        assert_eq!(Day::from_unix_millis(1e20), None);
    }
}
