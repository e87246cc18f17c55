package sync

import "unsafe"

// Map keeps every key in dirty, a plain map from key to *entry; an entry's p points at the
// stored value (a heap copy of the interface) and is nil once the key is deleted. gc's
// read-mostly copy (read, misses) only pays off with parallel readers, which gocc's one
// thread never has. Range works on a snapshot of the entries taken when it starts and calls
// f for those still present, so f may call any Map method (gc's Range has the same freedom).

func (e *entry) load() (any, bool) {
	if e.p == nil {
		return nil, false
	}
	return *(*any)(e.p), true
}

// Load returns the value stored in the map for a key, or nil if no
// value is present. The ok result indicates whether value was found in the map.
//
//go:noinline
func (m *Map) Load(key any) (value any, ok bool) {
	e, found := m.dirty[key]
	if !found {
		return nil, false
	}
	return e.load()
}

// Store sets the value for a key.
//
//go:noinline
func (m *Map) Store(key, value any) {
	if e, found := m.dirty[key]; found {
		e.p = unsafe.Pointer(&value)
		return
	}
	if m.dirty == nil {
		m.dirty = make(map[any]*entry)
	}
	m.dirty[key] = &entry{p: unsafe.Pointer(&value)}
}

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value.
// The loaded result is true if the value was loaded, false if stored.
//
//go:noinline
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if e, found := m.dirty[key]; found {
		return e.load()
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
// The loaded result reports whether the key was present.
//
//go:noinline
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	e, found := m.dirty[key]
	if !found {
		return nil, false
	}
	delete(m.dirty, key)
	value, loaded = e.load()
	e.p = unsafe.Pointer(nil)
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.
func (m *Map) Range(f func(key, value any) bool) {
	keys := make([]any, 0, len(m.dirty))
	entries := make([]*entry, 0, len(m.dirty))
	for k, e := range m.dirty {
		keys = append(keys, k)
		entries = append(entries, e)
	}
	for i, e := range entries {
		v, ok := e.load()
		if !ok {
			continue
		}
		if !f(keys[i], v) {
			break
		}
	}
}
