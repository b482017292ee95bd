package model

import "time"

// Weekday is the day of the week of a full date (Day > 0).
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// Weekend reports whether d is a Saturday or a Sunday.
func (d Date) Weekend() bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}

// AddDays is the date n days after d (before it for n < 0).
func (d Date) AddDays(n int) Date {
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// WorkdaysEnd is the last of n working days counted from d, d included
// when it is one: Saturdays and Sundays are skipped, so the end is always a
// weekday. Public holidays and the weekend days worked in their place
// (调休) change every year by State Council notice; they are not known
// here, and the office must check a period that meets one. n < 1 counts
// as 1.
func (d Date) WorkdaysEnd(n int) Date {
	e := d
	for e.Weekend() {
		e = e.AddDays(1)
	}
	for left := max(n, 1) - 1; left > 0; {
		e = e.AddDays(1)
		if !e.Weekend() {
			left--
		}
	}
	return e
}
