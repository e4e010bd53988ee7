//go:build tools

// Pins the nsqd version the tests run against; scripts/install-nsqd.sh builds it.
package tools

import _ "github.com/nsqio/nsq/apps/nsqd"
