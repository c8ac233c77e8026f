"""Two hundred shopper messages for `bench_readings.py`, written for the benchmark (none is taken
from the training data or the tests): short searches, follow-ups about what is on screen, long
chatty ones, service requests, small talk, checkout details and typos."""

from __future__ import annotations

SHORT_SEARCHES = [
    "black boots",
    "red dress size 8",
    "mens shirts",
    "sneakers under 80",
    "navy blazer 42R",
    "white tee",
    "silk tie",
    "womens jeans 28 waist",
    "loafers brown 10",
    "a warm coat",
    "leather belt",
    "heels for a wedding",
    "green scarf",
    "cheap sandals",
    "running shoes size 9",
    "grey hoodie XL",
    "suit for an interview",
    "blk jeans",
    "summer dresses",
    "wool socks",
    "formal shoes",
    "bag for work",
    "chinos 34",
    "pink blouse",
    "rain jacket",
    "ankle boots size 7",
    "oxfords",
    "cocktail dress under $120",
    "linen shirt medium",
    "kids trainers",
    "a bow tie",
    "burgundy sweater",
    "dress shoes wide fit",
    "yoga pants",
    "boots for snow",
    "handbag in tan",
    "polo shirts L",
    "jacket for spring",
    "flats size 6",
    "tuxedo",
]

FOLLOW_UPS = [
    "the first one",
    "second one pls",
    "show me the last one",
    "in blue?",
    "do you have it in a 10",
    "what about size 11",
    "any cheaper?",
    "cheaper ones please",
    "how much is it",
    "is it in stock",
    "what sizes are left",
    "add it to my cart",
    "ill take it",
    "add the second one in medium",
    "what colours does it come in",
    "is it leather?",
    "does it run small",
    "sort by price",
    "most popular first",
    "only the ones under 100",
    "not black",
    "anything in brown instead",
    "compare the first two",
    "which one is cheaper",
    "show me more",
    "any with good reviews?",
    "is that waterproof",
    "does it come in wide",
    "the other one",
    "yes that one",
    "nah",
    "ok",
    "perfect",
    "how about the grey",
    "do they have laces",
    "whats it made of",
    "can i see the third",
    "in a large",
    "remove it from my cart",
    "whats in my cart",
]

CHATTY = [
    "hi! so my sister is getting married in june and i have literally nothing to wear, "
    "something elegant but not too formal, maybe blue, under 150 if possible",
    "I'm starting a new job next monday at a law firm and I need a couple of shirts and a tie "
    "that look professional, size 16 collar, nothing too flashy",
    "my feet are killing me in my current work shoes, I stand all day at the hospital, do you "
    "have anything comfy in black size 9 that still looks decent",
    "we're going hiking in scotland for a week in october and it rains a lot, what jacket and "
    "boots would you suggest for my husband, he's a 44 chest and size 11",
    "ok so I bought a dress last month for a party that got cancelled, can I still return it "
    "even though I took the tags off? it was never worn",
    "looking for a gift for my dad's 60th birthday, he likes classic stuff, maybe a nice leather "
    "belt or wallet, budget around 70 dollars",
    "honestly I've been browsing for an hour and I can't decide between the navy and the "
    "charcoal suit, which one is more versatile for weddings and work",
    "my son needs a suit for his prom, he's 17 and pretty slim, what do you have in a 38 short",
    "I need an outfit for a beach wedding in mexico, it'll be super hot, something light and "
    "breathable for a man, not a full suit",
    "hey there, quick question, the boots I ordered came in the wrong colour, I wanted tan but "
    "got dark brown, how do I swap them",
    "can you help me find a winter coat that is warm enough for chicago but not too bulky, "
    "womens size medium, ideally in camel or grey",
    "so my girlfriend loves red but I have no idea about her size, is there something I can get "
    "her that doesn't need a size, for valentines",
    "I'm travelling to london for a conference for three days and want to pack light, what "
    "would go with a navy blazer for both day and evening",
    "the heels I bought are gorgeous but they pinch at the toes after an hour, do you have the "
    "same style with a lower heel or a wider fit",
    "just moved to seattle, it rains constantly, I own zero waterproof things, help",
    "i wanted to ask whether the wool sweater shrinks in the wash because the last one I had "
    "from another shop shrank after two washes",
    "my daughter has a graduation ceremony next friday and wants a white dress, she's a size 6, "
    "is there anything that would arrive before then",
    "I have a black tie event in two weeks and I've never worn a tux, what do I need exactly, "
    "shoes, shirt, bow tie, everything",
    "I'm a teacher and I need shoes I can walk in all day that also look smart enough for "
    "parent evenings, women's 8, under 120",
    "we're doing a family photo in the autumn and want coordinated colours, something in rust "
    "or mustard for me and my husband",
    "thinking about getting the leather jacket but I'm worried it'll be too hot in spring, is "
    "it lined? and does it come in a small",
    "so I'm between a 9 and a 9.5 in most brands, which should I get for the loafers",
    "could you recommend something for a first date, smart casual, I'm a guy, 32 waist, "
    "nothing too expensive",
    "my grandma's 90th is coming up and I'd like a nice cardigan for her, soft, in a pastel "
    "colour, she's a small",
    "I've got a job interview at a tech startup, is a suit too much? maybe chinos and a blazer",
    "i bought two shirts and a tie last week and the tie is lovely but the shirts are too big, "
    "can I return just the shirts",
    "what would you wear to a garden party in july if you didn't want to look like you tried "
    "too hard",
    "we're having twins at a wedding as page boys, need two little waistcoats for four year "
    "olds, grey if possible",
    "ok I think I've decided, the green dress in a 10, but will it get here by saturday if I "
    "order now with express",
    "sorry for the long message but my order from last week still hasn't arrived and the "
    "tracking hasn't moved since tuesday, the order number is HL-4F7K2Q",
    "I like the style of the first one but the colour isn't great on me, anything similar in "
    "a darker shade",
    "is there any way to get the blazer tailored or altered before it's shipped, the sleeves "
    "are always too long on me",
    "the sneakers look great but do they come with wide sizes, my feet are really wide and "
    "most brands hurt",
    "just browsing for now, not sure what I want yet, maybe something for the weekend",
    "I need a dress for a funeral, something simple and black, knee length, size 12",
    "can I pay with apple pay or paypal and do you do klarna or anything like that",
    "my wife wants boots for her birthday, she's a 7, she likes chelsea boots, brown or black",
    "I'm going skiing for the first time in february, what should I get to stay warm off the "
    "slopes",
    "what's a good outfit for a christmas office party that's not an ugly sweater",
    "hi, i got a jacket from you as a present but it's way too big, can i exchange it without "
    "a receipt",
]

SERVICE = [
    "where is my order",
    "track my parcel",
    "cancel my order",
    "i want to return these boots",
    "how do returns work",
    "whats your return policy",
    "can i get a refund",
    "how long does delivery take",
    "do you ship to canada",
    "how much is shipping",
    "is there free delivery over 50",
    "can i change my delivery address",
    "change the address to 44 Elm Street, Portland",
    "i need an invoice for my order",
    "my payment didnt go through",
    "i forgot my password",
    "how do i delete my account",
    "what data do you keep about me",
    "can i talk to a real person",
    "speak to a human please",
    "i want to make a complaint",
    "the zip broke after one week",
    "item arrived damaged",
    "wrong size delivered",
    "can i exchange for a bigger size",
    "do you do gift wrapping",
    "can i add a gift note",
    "do you have a size guide",
    "how do i measure my collar",
    "what payment methods do you accept",
    "contact details?",
    "what are your opening hours",
    "is express delivery available",
    "can i pick it up in store",
    "order number HL-7QX2PD",
    "my email is sam.lee@example.com",
    "Sam Lee",
    "12 Harbour Lane, 02110 Boston",
    "check out",
    "place the order",
]

SMALL_TALK_AND_OTHER = [
    "hi",
    "hello there",
    "good morning",
    "hey how are you",
    "thanks!",
    "thank you so much, that was helpful",
    "bye",
    "see you later",
    "are you a robot",
    "what can you do",
    "tell me a joke",
    "whats the weather like",
    "lol",
    "yes",
    "no thanks",
    "maybe later",
    "hmm not sure",
    "you're great",
    "this is useless",
    "hola, tienes zapatos negros?",
    "bonjour, je cherche une robe",
    "shoez for my bf pls",
    "blakc jakcet sz m",
    "smthn nice 4 a party",
    "wat goes with grey trousers",
    "do u hav any sales on",
    "r these on sale",
    "whats new in",
    "best sellers?",
    "just looking",
    "i'll think about it",
    "can you pick one for me",
    "what do you recommend",
    "help",
    "start over",
    "never mind",
    "how many items are in my basket",
    "total with shipping?",
    "is it cheaper if i buy two",
    "do you price match",
]

MESSAGES = [*SHORT_SEARCHES, *FOLLOW_UPS, *CHATTY, *SERVICE, *SMALL_TALK_AND_OTHER]
