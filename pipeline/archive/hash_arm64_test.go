package archive

import (
	"os"
	"testing"

	"golang.org/x/sys/cpu"
)

// TestSM3InstructionsAsExpected lets the cross-architecture test confirm
// which SM3 block function the other tests ran: gmsm takes the one with the
// SM3 instructions (third_party/gmsm patch S) exactly when cpu.ARM64.HasSM3,
// which qemu's max CPU reports and cortex-a72 does not.
func TestSM3InstructionsAsExpected(t *testing.T) {
	want := os.Getenv("PINGYOU_EXPECT_SM3")
	if want == "" {
		t.Skip("PINGYOU_EXPECT_SM3 not set (the cross-architecture test sets it)")
	}
	if cpu.ARM64.HasSM3 != (want == "1") {
		t.Fatalf("CPU reports the SM3 extension: %v; PINGYOU_EXPECT_SM3=%s", cpu.ARM64.HasSM3, want)
	}
}
