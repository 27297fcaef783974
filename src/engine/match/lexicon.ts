/**
 * A compact built-in lexicon of the words visitors use for sales and support topics, in groups of
 * interchangeable words and phrases. Matching treats group members as weaker evidence than the
 * word itself, so "money back" finds a refund entry but an entry that says "refund" still wins.
 * Kept as one string (groups split by ".", members by ",") because it is the smallest form to ship: "." costs
 * less than "|" in gzip, being common in the rest of the bundle.
 */
export const LEXICON =
  'price,cost,fee,charge,rate,expensive,cheap,afford,how much,spend,budget,quote,dollars,bucks,pay for.' +
  'pay,payment,checkout,card,credit card,debit card,paypal,apple pay,google pay,billing,pay with.' +
  'installment,financing,pay later,split payment,monthly payments,payment plan,klarna,afterpay,affirm,over time,spread.' +
  'cancel,quit,stop,terminate,scrap,call off,unsubscribe,back out,abort,undo.' +
  'refund,money back,reimburse,repay,credit back,chargeback,get back,paid back.' +
  'return,send back,give back,take back,bring back,ship back,mail back.' +
  'exchange,swap,trade,replace,switch,instead.' +
  'ship,delivery,deliver,send,postage,post,mail,courier,dispatch,arrive,carrier,parcel,package.' +
  'express,expedite,rush,overnight,next day,urgent,asap,hurry,speedy,quickly,faster,fast,quick,soon,in time.' +
  'broken,broke,break,damage,defect,faulty,crack,dent,snapped,ripped,torn,tear,smashed,shattered,bent,malfunction,not working,stopped working,fell apart,busted,crushed,hole.' +
  'repair,fix,mend,patch,restore,sew.' +
  'warranty,guarantee,lifetime,manufacturer,defect.' +
  'discount,coupon,promo,promo code,voucher,code,sale,deal,promotion,markdown,marked down,reduced,percent off,% off,cheaper,price drop,went down,on sale,goes on sale,lower.' +
  'gift card,gift certificate,voucher,present,gift,store credit,e gift.' +
  'track,status,where is,whereabouts,locate,trace,update on.' +
  'lost,missing,never arrived,never received,never came,stolen,disappeared,not arrive,nowhere.' +
  'wrong,incorrect,mistake,not what i ordered,mix up,different,someone else.' +
  'size,fit,measurement,too small,too big,bigger,smaller,larger,tight,loose,small,large.' +
  'order,purchase,bought,buy.' +
  'change,modify,edit,update,amend,alter,adjust.' +
  'account,sign up,register,registration,login,log in,sign in,profile,create account.' +
  'guest,without account,no account,skip registration.' +
  'password,reset,forgot,locked out,log in.' +
  'contact,reach,talk,speak,phone,email,support,agent,representative,human,person,someone.' +
  'hour,open,closing,weekend,saturday,sunday,holiday.' +
  'book,schedule,appointment,reserve,slot,meeting,consultation,session,sign up for.' +
  'time,long,duration,day,week,how long,how soon,how many days,how many weeks,timeline,timeframe,turnaround,period,window,deadline,until,too late,limit.' +
  'international,abroad,overseas,worldwide,country,foreign,outside,canada,uk,europe,eu,australia.' +
  'tax,duty,customs,import,vat,tariff.' +
  'store,shop,location,branch,retail,in person,in store,pickup,pick up,collect,curbside,local.' +
  'stock,in stock,out of stock,sold out,available,restock,back in stock,inventory,more.' +
  'secure,safe,safety,protect,privacy,private,confidential,encrypt,leak.' +
  'data,information,record,detail,personal data,file,document.' +
  'delete,remove,erase,wipe,get rid of,purge,destroy.' +
  'keep,retain,retention,save,hold,log,stored.' +
  'train,learn,improve.' +
  'trial,free trial,try,demo,test drive,try out.' +
  'subscription,plan,membership,tier,package,monthly,yearly,annual.' +
  'upgrade,downgrade,change plan,switch plan,move up.' +
  'employee,staff,team,user,seat,member,colleague,coworker.' +
  'insurance,coverage,covered,policy,claim.' +
  'doctor,physician,gp,referral,referred,specialist.' +
  'child,children,kid,son,daughter,minor,baby,toddler,teen,teenager.' +
  'parking,car,garage,drive.' +
  'accessible,wheelchair,disability,ramp,elevator,lift,stairs.' +
  'job,hiring,career,vacancy,employment,position,work for you.' +
  'integrate,connect,sync,plugin,compatible,work with,api.' +
  'export,download,backup,extract,migrate,transfer,move.' +
  'invoice,receipt,bill,statement.' +
  'law,legal,compliance,compliant,regulation,regulatory,rule.' +
  'complaint,complain,unhappy,dissatisfied,frustrated,annoyed,disappointed.' +
  'start,begin,get started,onboarding,setup,set up,install,first.' +
  'use,worn,wear,tried,tested,wore,dirty,muddy.' +
  'new,unused,unworn,unopened,tag,original packaging,never used,never worn,brand new.' +
  'address,destination.' +
  'free,no charge,complimentary,without cost,zero cost,no cost.' +
  'minimum,at least,threshold,over.' +
  'combine,stack,multiple,more than one,two,several,together,both,double,second.' +
  'balance,remaining,left,funds,how much is left.' +
  'match,beat,lower price,better price,cheaper,less,elsewhere,competitor,another store,other store.' +
  'wait,delay,late,slow,taking forever,still.' +
  'error,bug,issue,problem,trouble,not working,fail,invalid,declined,rejected,not valid,will not.' +
  'online,website,web,site,internet,app.' +
  'pain,hurt,injury,injured,sore,ache,sprain,strain,pulled.' +
  'medicine,medication,prescription,drug,pill,refill.' +
  'cloud,aws,azure,gcp,google cloud,server,hosting,on premise,on prem,self hosted,infrastructure.' +
  'contract,agreement,terms,policy,sign.' +
  'today,tonight,tomorrow,this week,friday,weekend.' +
  'customer,client,patient.' +
  'model,llm,ai,artificial intelligence,chatbot,gpt,machine learning.' +
  'expire,expiry,valid,good for.' +
  'email,mail,inbox,e mail.' +
  'phone,mobile,cell,telephone.' +
  'find out,look up';

/** The lexicon's groups of interchangeable words and phrases: the one reader of LEXICON's "."/"," format. */
export const lexiconGroups = (): string[][] => LEXICON.split('.').map((group) => group.split(','));
