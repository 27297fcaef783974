/**
 * Word lists for the generated knowledge bases: a few thousand real English words, grouped by the role they
 * play in FAQ-like sentences so templates can combine them into distinct but overlapping entries.
 */

const list = (s: string): string[] => s.trim().split(/\s+/);

/** Things a business sells, keeps or talks about (singular nouns). */
export const NOUNS = list(`
account address adapter agreement alarm album allowance amplifier anchor announcement antenna appliance application
appointment apron archive armchair armband article assembly asset attachment audit avatar award axle backpack badge
bag balance ball bandage banner barcode basket battery beacon bearing bed bedding belt bench bicycle bike binder blade
blanket blender blouse board boat bolt bond book booklet boot bottle bowl box bracelet bracket brake branch brand
bread brochure brush bucket budget buffer bulb bundle bumper button cabin cabinet cable cage calendar camera campaign
candle canister canopy canvas cap capsule caravan card cardigan carpet cart cartridge case cashback catalogue ceiling
certificate chain chair charger chart checklist cheque chip chisel cinema clamp class cleaner clip clock cloth coat
coffee collar collection comb comment compass component compressor computer concert connector console container
contract controller cooker cooler copy cord couch counter coupon course cover crate cream credit cup cupboard curtain
cushion cutlery cylinder dashboard database deck deposit desk detector device diary dial diploma directory dishwasher
display document doll domain door drawer dress drill drive drone dryer duvet earring easel edition engine envelope
eraser estimate event exhibit fabric fan faucet fence fertilizer figure file filter fixture flag flashlight flask
fleece floor flyer folder font footwear forecast fork form frame freezer fridge furnace furniture gadget gallery game
garment gasket gate gauge gear generator glass glove goggles grill grinder guide guitar hammer handbag handle harness
hat headset heater helmet hinge hoodie hook hose ignition image inbox ink insole instrument inverter invoice iron item
jacket jar jeans jersey jewel journal jug kettle key keyboard kit knife label ladder lamp lantern laptop latch lease
ledger lens letter licence lid light lighter link liner lock locker log magazine magnet mailbox manual map marker
mask mat mattress medal membership menu meter microphone microwave mirror mitten mixer modem module monitor mop motor
mouse mug nail napkin necklace needle network newsletter notebook notice novel nozzle nut oven package padlock page
pallet pamphlet panel pants paper parcel passport password pedal pen pencil pendant permit phone photo piano picture
pillow pin pipe pitcher plan planner plant plate platform playlist plug pocket podcast poster pot pouch printer
profile projector pump purse puzzle quilt rack radiator radio rail raincoat razor receipt recipe record recorder
register regulator remote report ring robe rod roof router rucksack rug ruler sack saddle sandal satchel saw scale
scanner scarf schedule scooter screen screw scarf seat sensor server shampoo sheet shelf shell shirt shoe shorts
shovel shutter sign signal sink skate skirt sleeve slide slipper smartphone sneaker soap sock socket sofa speaker
spoon spreadsheet sprinkler stamp stand stapler statement stencil sticker stool stove strap stroller subscription
suit suitcase sweater switch table tablet tag tank tape teapot telescope template tent terminal thermometer thermostat
ticket tie tile timer tire toaster token tool toothbrush torch towel toy tracker trailer tray tripod trolley trophy
trousers truck trunk tube tumbler tuner tunic turbine umbrella uniform valve vase vehicle vest video visor voucher
wagon wallet wardrobe warranty washer watch wheel whistle widget window wire wrench wristband yoga zipper
`);

/** Business topics and abstract nouns that FAQs share (policies, processes, people). */
export const TOPICS = list(`
access accessibility accuracy activation adjustment administration admission advice affiliate agenda allergy
alteration analytics appeal approval arrangement arrival assessment assistance authorization availability backup
billing booking bonus breakdown cancellation capacity care carbon catering certification change charity checkout
cleaning clearance commission communication compensation complaint compliance confirmation consent consultation
contribution cookie coverage customization damage deadline delay delivery deposit design discount dispatch
dispute donation download eligibility encryption enrollment entry estimate exchange expiry export extension feedback
financing footprint franchise fraud freight funding guarantee handling holiday hosting identity import induction
inspection installation instruction insurance integration interest inventory invitation itinerary layout licensing
limit loyalty maintenance marketing measurement migration minimum mileage notification onboarding opening outage
packaging parking partnership payment penalty performance permission personalization pickup pricing printing privacy
processing promotion protection quality quote ranking rating reactivation rebate recall recycling referral refund
registration reimbursement renewal rental repair replacement reservation restock retention return review reward
safety sale sample sanitation security selection service setup shipping signup sizing sponsorship storage
substitution supply support surcharge suspension sustainability tax testing tipping tracking trade training transfer
translation transport trial tuition upgrade usage validation verification visibility voting waiver warehouse
wholesale withdrawal workshop
`);

/** People and organisations a visitor or a business deals with. */
export const PEOPLE = list(`
accountant adult agent applicant artist assistant athlete author beginner borrower broker buyer caller carer
cashier child client coach colleague collector consultant contractor courier customer dealer dentist designer
developer doctor driver editor employee employer engineer family founder freelancer friend guest guide instructor
investor landlord lawyer learner manager mechanic member mentor neighbour nurse owner parent partner passenger
patient photographer pilot player politician professional recipient resident retailer reviewer rider seller senior
sponsor staff student subscriber supplier surgeon teacher technician tenant tourist trainer traveller tutor user
vendor veteran visitor volunteer worker writer
`);

/** Actions visitors ask about (base form). */
export const VERBS = list(`
accept access activate add adjust alter apply approve archive arrange assemble assign attach authorise avoid book
borrow bring browse buy calculate calibrate cancel change charge check choose claim clean clear close collect combine
compare complete configure confirm connect contact convert copy correct create customise decline delete deliver
deploy describe design detach disable dispute donate download drop edit email enable engrave enrol enter erase
estimate exchange extend fill find finish fix fold follow forward freeze gift grant handle hide hire hold import
improve include insure install invite join keep label launch lease link list load locate lock log mail maintain
manage mark measure merge migrate modify monitor move name notify open order organise pack pause pay personalise
pick place plan post prepare print protect publish purchase query rate reactivate receive recharge reclaim recover
recycle redeem refill refund register reinstall reject release reload remove rename renew rent reorder repair
replace report request reschedule reserve reset resize restore resume return review save scan schedule search select
sell send service set share ship shorten sign skip sort split start stop store submit subscribe swap switch sync test
top trace track trade transfer translate try unlock unsubscribe update upgrade upload use validate verify view void
wash withdraw wrap
`);

/** Qualities of things and situations. */
export const ADJECTIVES = list(`
active additional adjustable advanced affordable annual antique automatic available basic big black blue brand broken
bulk busy cheap clean clear cold compact complete cordless corporate cotton custom daily damaged dark default defective
digital direct discounted domestic double durable early eco electric empty european expensive express extra faulty
fast final first fixed foldable foreign free fresh frozen full generic gift global golden green handmade heavy hidden
high home huge incorrect indoor industrial instant international large late leather light limited linen live local
long lost low luxury main manual matching medium metal mini missing mobile modern monthly new next official old online
open optional orange organic original outdoor oversized paid paper partial personal pink plastic portable premium
previous printed private professional public purple quick rare ready recent recycled red refurbished regular remote
replacement reusable rubber rural safe seasonal second secure separate shared short silver simple single slim small
smart soft spare special standard steel sturdy summer tall temporary thick thin tiny travel unused urgent used
vintage waterproof weekly white wide winter wireless wooden woollen yearly yellow young
`);

/** Where or when something happens: the tail of a question. */
export const CONTEXTS = [
  'after checkout',
  'before it ships',
  'from abroad',
  'on the app',
  'in store',
  'online',
  'during the trial',
  'without an account',
  'as a guest',
  'for a friend',
  'over the phone',
  'by email',
  'at the weekend',
  'on a holiday',
  'after the deadline',
  'before the event',
  'for my business',
  'for a group',
  'for my family',
  'in another country',
  'after delivery',
  'before paying',
  'with a coupon',
  'with store credit',
  'with a gift card',
  'in bulk',
  'outside business hours',
  'on my phone',
  'from my laptop',
  'at the counter',
  'next month',
  'this week',
  'after thirty days',
  'within a year',
  'for a second time',
  'on the same order',
  'with my partner',
  'for a child',
  'at short notice',
  'in advance',
  'without a receipt',
  'after it was opened',
  'while travelling',
  'for a school',
  'for a charity',
  'as a student',
  'as a member',
  'before the sale ends',
  'after the warranty',
  'during a move',
];

/** Words for chatty messages and answer filler that match nothing in particular. */
export const FILLER = list(`
actually afternoon again ago almost already although always amazing anyway apparently around asking awesome
basically because been before believe best better bit both brother certainly clearly completely confused cousin
curious currently dear definitely despite difficult during earlier easily either else especially evening eventually
everyone everything exactly excited fairly family finally fine frankly friday frustrating generally glad grateful
great happened happy hardly hello helpful honestly hopefully however husband imagine indeed interesting just kind
last lately literally lovely luckily maybe meanwhile monday morning mostly mother nearly neighbour never nice night
nobody normally obviously often perhaps pleased possibly pretty probably quite rather really recently regarding
seriously since sister slightly somebody somehow sometimes somewhere soon sorry still strange sunday supposed
surely surprised terrible thanks though thursday thought today together tomorrow tuesday totally unfortunately
unless unusual usually weather wednesday weekend whatever whenever whether wife wonderful wondering worried yesterday
`);

/** Units and quantities used in answers. */
export const UNITS = ['minutes', 'hours', 'days', 'business days', 'weeks', 'months', 'working days'];

/** Specific words (materials, foods, places, fields, features) that make entries distinct, as real catalogues do. */
export const SPECIFICS = list(`
acrylic aluminium bamboo brass bronze canvas carbon cashmere ceramic chrome copper cork corduroy denim felt fibreglass
flannel foam gel glassware granite graphite hemp jute kevlar lace latex linoleum marble merino mesh microfibre nickel
nylon oak pewter pine plywood polyester porcelain quartz rattan resin satin silicone silk slate stainless suede teak
titanium velvet vinyl walnut wicker wool zinc almond apple apricot avocado bacon bagel banana barley basil bean beef
berry biscuit blueberry broccoli brownie butter cabbage cake caramel carrot cashew cereal cheese cherry chicken
chickpea chilli chocolate cinnamon coconut cod cookie corn cracker cranberry croissant cucumber cupcake curry custard
date donut dumpling egg espresso fig flour fudge garlic ginger granola grape grapefruit gravy hazelnut herb honey
hummus jam jelly kale ketchup lamb lasagne lemon lentil lettuce lime lobster mango maple marshmallow mayonnaise melon
milk mint muffin mushroom mustard noodle oat olive onion orange pancake pasta pastry peach peanut pear pepper pesto
pickle pie pineapple pistachio pizza plum popcorn pork potato pretzel pudding pumpkin quinoa radish raisin raspberry
rice salad salmon salsa sandwich sauce sausage scone seaweed sesame shrimp smoothie soup soy spaghetti spinach squash
steak strawberry sugar sushi syrup taco tea toast tofu tomato tortilla truffle tuna turkey vanilla vinegar waffle
walnut watermelon yogurt zucchini airport alley arcade arena attic avenue bakery balcony bank barn basement bay beach
boulevard bridge cafe campsite canal canyon castle cathedral cave cellar chapel clinic cliff coast college cottage
courtyard creek dock dormitory estate factory farm ferry field forest fountain garage garden gym harbour hill hospital
hostel hotel island jetty kiosk lake library lighthouse lobby lodge mall mansion marina market meadow mill motel
museum office orchard palace pantry park pavilion pharmacy pier plaza pond porch port quarry ranch reef resort
restaurant river school shore stadium station studio suburb subway supermarket theatre tower town trail tunnel valley
village vineyard warehouse wharf yard zoo acoustics agriculture algebra anatomy anthropology archaeology architecture
astronomy biology botany calligraphy cardiology carpentry chemistry choreography cinematography climatology
cryptography dermatology ecology economics embroidery engineering entomology ethics forestry genetics geography
geology geometry gardening hydrology immunology journalism knitting linguistics literature logistics mathematics
meteorology microbiology mythology neurology nutrition oceanography optics ornithology painting pharmacology
philosophy photography physics physiology pottery psychology radiology robotics sculpture sociology statistics
surveying taxonomy theology toxicology typography welding woodworking zoology autopilot backlight bluetooth
breathability brightness buoyancy compatibility condensation connectivity durability elasticity firmware flexibility
frequency grip humidity insulation latency lifespan mileage noise overheating playback portability pressure
resolution rigidity shrinkage stability stiffness suction thickness torque traction transparency ventilation
vibration voltage wattage weight wifi zoom alpine arctic autumn breeze cloudburst drizzle drought flood fog frost
gale hail heatwave hurricane lightning monsoon rainfall sleet snowfall spring storm sunshine thunder tide tornado
tsunami twilight wildfire alpaca badger beaver buffalo camel cheetah dolphin donkey eagle falcon ferret flamingo
giraffe goat gorilla hamster hedgehog heron horse jaguar kangaroo koala leopard lizard llama mole moose octopus
otter owl panda parrot peacock pelican penguin pigeon pony rabbit raccoon reindeer rhino salamander seal shark sheep
sloth squirrel swan tiger tortoise turtle walrus weasel whale wolf zebra accordion banjo bassoon cello clarinet
cymbal drum flute harmonica harp keyboard mandolin oboe organ saxophone sitar trombone trumpet tuba ukulele viola
violin xylophone archery badminton baseball basketball bowling boxing canoeing climbing cricket curling cycling
darts diving fencing fishing football golf gymnastics handball hiking hockey judo karate kayaking lacrosse marathon
netball paddleboarding polo rowing rugby running sailing skateboarding skiing snowboarding softball squash surfing
swimming tennis triathlon volleyball wrestling
`);
