"""The Vietnamese (and Chinese) lunisolar calendar: a lunar day, month and year to its Gregorian date.

The astronomical method of Hồ Ngọc Đức's "Âm lịch Việt Nam" (new moons and the sun's longitude by the formulas of
Jean Meeus, "Astronomical Algorithms", 1998, as that program writes them): a lunar month begins on the local day of a
new moon; month 11 holds the winter solstice; a year of 13 months repeats the first month with no major solar term.
Vietnam keeps the calendar at UTC+7 (China at UTC+8, which can move a month's first day by one)."""
from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

_SYNODIC = 29.530588853
_K0 = 2415021.076998695  # the new moon of 1900-01-01 (Julian day)


def _jd(d: int, m: int, y: int) -> int:
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def _date(jd: int) -> dt.date | None:
    """The Gregorian day of a Julian day number; None outside the years 1-9999 that ``datetime`` holds."""
    ordinal = jd - 1721425
    return dt.date.fromordinal(ordinal) if 1 <= ordinal <= dt.date.max.toordinal() else None


def _new_moon(k: int) -> float:
    """The Julian day (UT) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        deltat = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - deltat


def _sun_longitude(jdn: float) -> float:
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    return lon - math.pi * 2 * math.floor(lon / (math.pi * 2))


def _sun_sector(day: int, tz: float) -> int:
    return int(_sun_longitude(day - 0.5 - tz / 24) / math.pi * 6)


def _new_moon_day(k: int, tz: float) -> int:
    return int(_new_moon(k) + 0.5 + tz / 24)


def _month11(y: int, tz: float) -> int:
    k = math.floor((_jd(31, 12, y) - 2415021) / _SYNODIC)  # floor, not int: k < 0 before 1900
    nm = _new_moon_day(k, tz)
    return _new_moon_day(k - 1, tz) if _sun_sector(nm, tz) >= 9 else nm


def _leap_offset(a11: int, tz: float) -> int:
    k = math.floor((a11 - _K0) / _SYNODIC + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i, tz), tz)
    last = -1
    while arc != last and i < 14:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i, tz), tz)
    return i - 1


@lru_cache(maxsize=4096)
def lunar_to_solar(day: int, month: int, year: int, leap: bool = False, tz: float = 7.0) -> dt.date | None:
    """The Gregorian date of lunar ``day`` of ``month`` (1-12) of the lunar year that begins in Gregorian ``year``;
    None for a day or a leap month the calendar does not have, or a day outside the Gregorian years 1-9999."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= dt.MAXYEAR):
        return None
    if month < 11:
        a11, b11 = _month11(year - 1, tz), _month11(year, tz)
    else:
        a11, b11 = _month11(year, tz), _month11(year + 1, tz)
    k = math.floor(0.5 + (a11 - _K0) / _SYNODIC)
    off = (month - 11) % 12
    if b11 - a11 > 365:
        leap_off = _leap_offset(a11, tz)
        leap_month = (leap_off - 2) % 12
        if leap and month != leap_month:
            return None
        if leap or off >= leap_off:
            off += 1
    elif leap:
        return None
    start = _new_moon_day(k + off, tz)
    if day == 30 and _new_moon_day(k + off + 1, tz) - start < 30:
        return None
    return _date(start + day - 1)


def sexagenary_years(stem: int, branch: int, near: int, span: int = 60) -> int | None:
    """The Gregorian year of a stem-branch name (stem 0 Giáp/甲 .. 9, branch 0 Tý/子 .. 11) nearest to ``near``, not
    after it by more than one year; None for a pair that names no year (stem and branch of different parity)."""
    if (stem - branch) % 2:
        return None
    for y in range(near + 1, near + 1 - span, -1):
        if (y - 4) % 10 == stem and (y - 4) % 12 == branch:
            return y
    return None


def lunar_day(date: dt.date, tz: float = 8.0) -> int:
    """The day of its lunar month (1-30) that the Gregorian ``date`` falls on."""
    jd = _jd(date.day, date.month, date.year)
    k = int((jd - 2415021.076998695) / _SYNODIC)
    start = _new_moon_day(k + 1, tz)
    while start > jd:
        k -= 1
        start = _new_moon_day(k + 1, tz)
    while _new_moon_day(k + 2, tz) <= jd:
        k += 1
        start = _new_moon_day(k + 1, tz)
    return jd - start + 1


@lru_cache(maxsize=1024)
def solar_term(year: int, longitude: int, tz: float = 8.0) -> dt.date | None:
    """The local day (UTC+``tz``) in Gregorian ``year`` on which the sun reaches ``longitude`` degrees (a multiple of 15: a
    solar term, 0 春分 the March equinox, 90 夏至, 270 冬至, 315 立春), by the sun's longitude above; None outside 1-9999."""
    if not 1 <= year <= dt.MAXYEAR - 1:
        return None
    target = math.radians(longitude % 360)
    guess = _jd(20, 3, year) + int(((longitude % 360) / 360) * 365.2422)
    if longitude % 360 >= 285:  # 小寒, 大寒, 立春, 雨水, 惊蛰: early in the year, before the equinox
        guess -= 365

    def passed(day: int) -> bool:  # the sun is at or past the target at the local midnight that ends ``day``
        lon = _sun_longitude(day + 0.5 - tz / 24)
        return (lon - target) % (2 * math.pi) < math.pi

    for day in range(guess - 6, guess + 7):
        if not passed(day - 1) and passed(day):
            return _date(day)
    return None
