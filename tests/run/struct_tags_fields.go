package main

import "fmt"

type User struct {
	Name    string `json:"name"`
	Email   string `json:"email,omitempty"`
	age     int
	Friends []string
	Meta    map[string]int
	Next    *User
}

func main() {
	u := User{Name: "bob", age: 40}
	fmt.Printf("%v\n", u)
	fmt.Printf("%+v\n", u)
	u.Friends = append(u.Friends, "carol")
	u.Meta = map[string]int{"b": 2, "a": 1}
	u.Next = &User{Name: "next"}
	fmt.Println(u.Name, u.age, u.Friends, u.Meta, u.Next.Name)
	pu := &u
	pu.age++
	(*pu).Email = "b@x"
	fmt.Println(u.age, u.Email)
	users := []User{{Name: "x"}, {Name: "y"}}
	for i := range users {
		users[i].age = i * 10
	}
	fmt.Println(users[0].age, users[1].age)
	type Wrapper struct {
		User
		Extra bool
	}
	w := Wrapper{User: u, Extra: true}
	fmt.Println(w.Name, w.Extra, w.Next.Name)
}
