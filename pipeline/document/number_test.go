package document

import "testing"

func TestNormaliseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		changed bool
		valid   bool
	}{
		{"湖教体发[2010]6号", "湖教体发〔2010〕6号", true, true},
		{"湖教体发〔2010〕6号", "湖教体发〔2010〕6号", false, true},
		{" 湖教体发[2010]6号 ", "湖教体发〔2010〕6号", true, true},
		{"江师党发【2012】15号", "江师党发〔2012〕15号", true, true},
		{"江师党发（2012）15号", "江师党发〔2012〕15号", true, true},
		{"江师党发(2012)15号", "江师党发〔2012〕15号", true, true},
		{"江师党发［2012］15号", "江师党发〔2012〕15号", true, true},
		{"江师党发 [ 2012 ] 15号", "江师党发〔2012〕15号", true, true},
		{"江师党发〔2012〕第15号", "江师党发〔2012〕第15号", false, false},
		{"江师党发[2012]第15号", "江师党发[2012]第15号", false, false},
		{"江师党发〔2012〕015号", "江师党发〔2012〕015号", false, false},
		{"江师党发[2012]015号", "江师党发[2012]015号", false, false},
		{"江师党发〔12〕15号", "江师党发〔12〕15号", false, false},
		{"江师党发〔2012〕15", "江师党发〔2012〕15", false, false},
		{"〔2012〕15号", "〔2012〕15号", false, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		got, changed := NormaliseNumber(tt.in)
		if got != tt.want || changed != tt.changed {
			t.Errorf("NormaliseNumber(%q) = %q, %v; want %q, %v", tt.in, got, changed, tt.want, tt.changed)
		}
		if v := ValidNumber(got); v != tt.valid {
			t.Errorf("ValidNumber(%q) = %v, want %v", got, v, tt.valid)
		}
	}
}
